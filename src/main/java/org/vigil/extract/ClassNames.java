package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words of an element's {@code class} and {@code id} say about it, for {@link Boilerplate}.
 *
 * <p>Names are cut into lower-case words at every character that is not a letter and at camelCase
 * humps ({@code shareBar} and {@code share-bar} both give "share", "bar"); two or three adjacent
 * words also count joined, so {@code read-more}, {@code read_more} and {@code readmore} are alike.
 * Matching whole words means {@code ad} finds {@code ad-slot} but not {@code header} or
 * {@code loading}. A word list lookup per word is much cheaper than regular expressions over the
 * long utility-class strings of modern pages.
 */
final class ClassNames {

    /** Furniture that can hold prose of its own: reader comments, consent dialogs, related stories. */
    private static final Set<String> ABSOLUTE = Set.of("comment", "comments", "commentlist", "respond", "replies",
            "gdpr", "related", "outbrain", "taboola");
    private static final List<String> ABSOLUTE_PREFIXES = List.of("disqus", "consent", "modal", "popup",
            "newsletter", "recommend", "cookie", "commentwrap");

    /** Furniture unless the element turns out to hold the story's paragraphs. */
    private static final Set<String> STRONG = Set.of("ad", "ads", "adsense", "adslot", "adunit", "dfp", "gpt",
            "share", "sharing", "sharebar", "shares", "sharetools", "addthis", "reply", "trending", "popular",
            "signup", "paywall", "regwall", "breadcrumb", "breadcrumbs", "pagination", "pager", "caption", "credit",
            "credits", "byline", "bio", "tag", "tags", "taglist", "keywords", "topics", "overlay", "lightbox", "toast",
            "offscreen", "widget", "sidebar", "rail", "masthead", "navbar", "nav", "navigation", "menu", "footer",
            "toolbar", "login", "signin", "carousel", "slider", "ticker", "timestamp", "dateline", "standfirst",
            "dek", "kicker", "strapline",
            // words joined from two or three: "read-more", "sr-only", "social-share", "post-meta"
            "morestories", "readmore", "mostread", "mostpopular", "mostviewed", "authorinfo", "authorbio",
            "authorbox", "authorcard", "sronly", "visuallyhidden", "screenreadertext", "screenreaderonly",
            "printonly", "skiplink", "jumplink", "inlinelink", "inlinerelated", "seealso", "alsoread",
            "socialshare", "socialsharing", "sociallink", "sociallinks", "socialicon", "socialicons",
            "socialbutton", "socialbuttons", "socialbar", "socialtools", "socialfollow", "socialnetwork",
            "socialnetworks", "socialmedialinks", "sociallist");
    private static final List<String> STRONG_PREFIXES = List.of("advert", "sponsor", "promo", "comment", "recirc",
            "subscri");
    /** The story's own header, meta line or tool bar ("article-header", "post-meta") is furniture too. */
    private static final List<String> STORY_OWNERS = List.of("article", "story", "entry", "post");
    private static final Set<String> STORY_PARTS = Set.of("header", "meta", "info", "details", "tools", "actions",
            "footer", "date", "utility", "top");
    /** "hidden-xs" and "hide-for-small" hide on some screens only. */
    private static final Set<String> RESPONSIVE_SUFFIXES = Set.of("xs", "sm", "md", "lg", "xl", "print", "for");

    /** Weak evidence: furniture only when no word says the element holds the story. */
    private static final Set<String> WEAK = Set.of("header", "meta", "info", "extra", "supplemental", "aside",
            "banner", "top", "link", "links", "utility", "tool", "tools", "action", "actions");
    private static final Set<String> STORY = Set.of("article", "body", "content", "story", "entry", "post", "text",
            "main");

    final boolean absolute;
    final boolean strong;
    final boolean weak;
    final boolean story;

    private ClassNames(boolean absolute, boolean strong, boolean weak, boolean story) {
        this.absolute = absolute;
        this.strong = strong;
        this.weak = weak;
        this.story = story;
    }

    static ClassNames of(String className, String id) {
        List<String> words = new ArrayList<>();
        split(className, words);
        split(id, words);
        boolean absolute = false;
        boolean strong = false;
        boolean weak = false;
        boolean story = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            absolute |= ABSOLUTE.contains(w) || startsWithAny(w, ABSOLUTE_PREFIXES);
            strong |= STRONG.contains(w) || startsWithAny(w, STRONG_PREFIXES)
                    || (w.equals("hidden") || w.equals("hide")) && !RESPONSIVE_SUFFIXES.contains(next)
                    || STORY_OWNERS.contains(w) && STORY_PARTS.contains(next)
                    || isJoinedStoryPart(w)
                    || !next.isEmpty() && STRONG.contains(w + next)
                    || i + 2 < words.size() && STRONG.contains(w + next + words.get(i + 2));
            weak |= WEAK.contains(w);
            story |= STORY.contains(w);
        }
        return new ClassNames(absolute, strong, weak, story);
    }

    /** Appends the lower-case words of a name: letter runs, split at lower-to-upper case humps. */
    private static void split(String name, List<String> words) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean letter = c < 128 && Character.isLetter(c);
            boolean hump = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if (start >= 0 && (!letter || hump)) {
                words.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
    }

    /** "postmeta", "entryheader": a story word and a story part written as one. */
    private static boolean isJoinedStoryPart(String word) {
        for (String owner : STORY_OWNERS) {
            if (word.length() > owner.length() && word.startsWith(owner)
                    && STORY_PARTS.contains(word.substring(owner.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String word, List<String> prefixes) {
        for (String p : prefixes) {
            if (word.startsWith(p)) {
                return true;
            }
        }
        return false;
    }
}
