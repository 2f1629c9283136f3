package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassNamesTest {

    @Test
    void matchesWholeWordsAcrossSeparatorsAndCamelCase() {
        assertThat(ClassNames.of("ad-slot", "").strong).isTrue();
        assertThat(ClassNames.of("shareBar top", "").strong).isTrue();
        assertThat(ClassNames.of("header loading", "").strong).isFalse();
        assertThat(ClassNames.of("c-read_more", "").strong).isTrue();
        assertThat(ClassNames.of("readmore", "").strong).isTrue();
        assertThat(ClassNames.of("", "sidebar2").strong).isTrue();
    }

    @Test
    void tellsTheStoryFromItsOwnHeaderAndMetaLine() {
        ClassNames body = ClassNames.of("article-body", "");
        assertThat(body.story).isTrue();
        assertThat(body.strong).isFalse();
        assertThat(ClassNames.of("post-meta", "").strong).isTrue();
        assertThat(ClassNames.of("entrymeta", "").strong).isTrue();
        assertThat(ClassNames.of("article__header", "").strong).isTrue();
        ClassNames weak = ClassNames.of("story-tools-wrapper top", "");
        assertThat(weak.strong).isTrue();
        assertThat(ClassNames.of("page-header", "").weak).isTrue();
    }

    @Test
    void commentsAndConsentAreAbsoluteButCommentaryIsNot() {
        assertThat(ClassNames.of("comment-list", "").absolute).isTrue();
        assertThat(ClassNames.of("", "cookieBanner").absolute).isTrue();
        assertThat(ClassNames.of("related-stories", "").absolute).isTrue();
        ClassNames commentary = ClassNames.of("commentary", "");
        assertThat(commentary.absolute).isFalse();
        assertThat(commentary.strong).isTrue();
    }

    @Test
    void responsiveHideUtilitiesAreNotFurniture() {
        assertThat(ClassNames.of("hidden-xs col-md-8", "").strong).isFalse();
        assertThat(ClassNames.of("hide-for-small", "").strong).isFalse();
        assertThat(ClassNames.of("visually-hidden", "").strong).isTrue();
        assertThat(ClassNames.of("is-hidden", "").strong).isTrue();
    }
}
