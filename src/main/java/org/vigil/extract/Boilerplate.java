package org.vigil.extract;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Recognises page furniture that is never part of an article body, from the element alone: its tag,
 * ARIA role, visibility, and the words publishers use in {@code class} and {@code id} attributes for
 * share bars, related links, newsletter boxes, comments, cookie notices, ads and the like (see
 * {@link ClassNames}).
 *
 * <p>Words that are weak evidence (such as {@code header} or {@code meta}) are overruled by words
 * that say "this is the story" ({@code article-body}, {@code story-content}). Layouts also give
 * whole-story wrappers names like {@code paywall}, {@code sidebar-layout} or {@code widget}: a
 * named element that holds a story's worth of prose paragraphs is therefore not furniture, unless
 * it is one of the kinds that carry prose of their own (comments, consent dialogs, related stories).
 */
final class Boilerplate {

    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "picture", "button", "select", "input", "textarea",
            "option", "label", "nav", "aside", "footer", "header", "figure", "figcaption", "menu", "dialog",
            "map", "head", "title", "meta", "link", "img", "source", "math", "form");

    /** Inline elements get generic class names ("link", "info") that say nothing about the block they sit in. */
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "i", "b", "em", "strong", "small", "time",
            "abbr", "cite", "code", "sup", "sub", "u", "mark", "font");

    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "dialog", "alertdialog", "search", "toolbar", "tablist", "button");

    /**
     * How much prose makes a furniture-named element a story wrapper after all. The strict level asks
     * for a story's worth; the lenient one, for a caller whose strict cut came out empty, for any
     * prose at all (a short story inside a "widget" or "slider").
     */
    enum Strictness {
        STRICT(100, 3, 1500), LENIENT(80, 1, 400);

        final int paragraphChars;
        final int paragraphs;
        final int textChars;

        Strictness(int paragraphChars, int paragraphs, int textChars) {
            this.paragraphChars = paragraphChars;
            this.paragraphs = paragraphs;
            this.textChars = textChars;
        }
    }


    private Boilerplate() {
    }

    /** Furniture by tag, role, visibility and class or id names, at the strict level. */
    static boolean isFurniture(Element el) {
        return isFurniture(el, Strictness.STRICT);
    }

    static boolean isFurniture(Element el, Strictness strictness) {
        String tag = el.normalName();
        if (TAGS.contains(tag)) {
            return !(tag.equals("form") && wrapsPage(el));
        }
        if (el.hasAttr("hidden")) {
            return true;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if ("true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        if (!style.isEmpty() && isHiddenStyle(style)) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
            return false;
        }
        String className = el.className();
        String id = el.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        ClassNames names = ClassNames.of(className, id);
        if (names.absolute) {
            return strictness == Strictness.STRICT || !holdsProse(el, strictness);
        }
        // a paragraph's own class says what kind of paragraph it is only in strong terms ("byline", "caption")
        boolean furniture = names.strong
                ? !(tag.equals("article") && names.story)
                : !INLINE_TAGS.contains(tag) && !tag.equals("p") && names.weak && !names.story;
        // layout wrappers get names like "paywall" or "with-right-rail" and still hold the whole story
        return furniture && !holdsProse(el, strictness);
    }

    /**
     * Whether an element holds several paragraphs of prose, or a long text that is mostly not links,
     * as a story wrapper does and furniture does not.
     */
    private static boolean holdsProse(Element el, Strictness strictness) {
        ProseCounter counter = new ProseCounter(strictness);
        el.filter(counter);
        return counter.paragraphs >= strictness.paragraphs
                || counter.text >= strictness.textChars && counter.links < counter.text / 5;
    }

    /** One pass over a subtree: its text, the part of it in links, and its paragraphs of prose. */
    private static final class ProseCounter implements NodeFilter {
        private final Strictness strictness;
        int text;
        int links;
        int paragraphs;
        private int linkDepth;
        private int paragraphDepth;
        private int paragraphText;

        ProseCounter(Strictness strictness) {
            this.strictness = strictness;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                int n = collapsedLength(t.getWholeText());
                text += n;
                if (linkDepth > 0) {
                    links += n;
                }
                paragraphText += n;
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    linkDepth++;
                } else if (e.normalName().equals("p") && paragraphDepth++ == 0) {
                    paragraphText = 0;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                    linkDepth--;
                } else if (e.normalName().equals("p") && --paragraphDepth == 0
                        && paragraphText >= strictness.paragraphChars && ++paragraphs >= strictness.paragraphs) {
                    return FilterResult.STOP;
                }
            }
            return FilterResult.CONTINUE;
        }

        /** Length of the text with whitespace runs collapsed to one space, as it reads. */
        private static int collapsedLength(String s) {
            int n = 0;
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                boolean ws = Character.isWhitespace(s.charAt(i));
                if (!ws || !space) {
                    n++;
                }
                space = ws;
            }
            return n;
        }
    }

    /** ASP.NET and similar sites wrap the whole page in one form element. */
    private static boolean wrapsPage(Element form) {
        Element parent = form.parent();
        return parent != null && (parent.normalName().equals("body") || form.getElementsByTag("p").size() > 3);
    }

    private static boolean isHiddenStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
