package org.vigil.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word classes code patterns are built from ({@code words} rows of the rule files). */
class WordClassTest {

    private final Rules english = Rules.forLanguage("en").orElseThrow();
    private final Rules persian = Rules.forLanguage("fa").orElseThrow();

    @Test
    void aClassStandsForItsWordsInWrittenOrderMatchedLiterally() {
        assertThat(english.pattern("{passive_get}").pattern()).isEqualTo("(?:\\Qbe\\E|\\Qget\\E|\\Qgot\\E)");
        Pattern covert = english.pattern("(?i)\\b{covert}\\b");
        assertThat(covert.matcher("five men In Plain Clothes detained him").find()).isTrue();
        // a space is one space, as the patterns were written
        assertThat(covert.matcher("men in  plain clothes").find()).isFalse();
    }

    @Test
    void quantifiersAndPropertyClassesAreStructureNotClasses() {
        Pattern p = english.pattern("\\b(?:{copula}|{passive_get})\\s+(?:\\p{Ll}+\\s+){0,2}$");
        assertThat(p.matcher("he was later ").find()).isTrue();
        assertThat(p.matcher("he was seen by them ").find()).isFalse();
    }

    @Test
    void aListThatIsAlreadyDataIsNamedByItsKind() {
        assertThat(english.pattern("^{conjunction}$").matcher("while").matches()).isTrue();
        assertThat(persian.pattern("^{conjunction}$").matcher("و").matches()).isTrue();
        assertThat(persian.pattern("^{conjunction}$").matcher("while").matches()).isFalse();
    }

    @Test
    void aLanguageWithoutAClassReadsTheEnglishOne() {
        assertThat(persian.pattern("^{copula}$").matcher("were").matches()).isTrue();
    }

    @Test
    void aLanguagesOwnClassReplacesTheEnglishOne() {
        Pattern stop = persian.pattern("\\s{apposition_stop}\\s");
        assertThat(stop.matcher("فرمانده پیشین که در").find()).isTrue();
        assertThat(stop.matcher("a presenter who had fled").find()).isFalse();
        assertThat(english.pattern("\\s{apposition_stop}\\s").matcher("a presenter who had fled").find()).isTrue();
    }

    @Test
    void eachTemplateIsCompiledOncePerLanguage() {
        assertThat(english.pattern("{copula}\\b")).isSameAs(english.pattern("{copula}\\b"));
    }

    @Test
    void anUndefinedClassIsAClearError() {
        assertThatThrownBy(() -> english.pattern("{no_such_class}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("incident/rules-en.tsv: no word class {no_such_class}");
    }
}
