package dev.newsriver.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The line patterns that mark page furniture in a plain-text dump, kept as data. Stateless and
 * thread-safe.
 */
final class LineRules {

    /** A header after which the next lines are a news ticker, up to the next blank line. */
    static final Pattern TICKER = ci("(breaking( news)?|live|latest( news)?|just in|news ticker)");

    /** A header that always ends the article: comments and reader-reply sections. */
    static final Pattern HARD_STOP = ci("(leave a (reply|comment)|(there (are|is) )?(\\d+|no) (comments?|responses?"
            + "|replies|thoughts on .*)|comments? \\(\\d+\\)|join the (discussion|conversation)|post (a )?comment"
            + "|add (a |your )?comment|most (read|popular|viewed|shared)|read next"
            + "|(show|view|load|read|see|hide) (all |the )?(\\d+ )?(comments?|responses|replies)( \\(\\d+\\))?|(discussion|comment|community) (policy|guidelines))");

    /** A header that usually ends the article: what follows is furniture unless much prose follows. */
    static final Pattern STOP = ci("(most (read|popular|viewed|shared)|read next|leave a (reply|comment)"
            + "|\\d* ?comments?|you (may|might) also like|more (from|stories|on this story)|recommended( for you)?"
            + "|trending( now)?|popular( now| stories)?|related (articles|stories|posts|coverage)"
            + "|footer|coverage"
            + "|all rights reserved|follow us( on .*)?|(there (are|is) )?(\\d+|no) (comments?|responses?|replies|thoughts on .*)"
            + "|comments? \\(\\d+\\)|join the (discussion|conversation)|discussion|what do you think\\??"
            + "|(related (articles|stories|videos)|more (articles|stories|news|videos))( from .*)?|more in .{1,40}|latest (news|stories|articles)"
            + "|(top|popular|editor'?s'?) (stories|picks|news)"
            // a newsletter sign-up: "Get our newsletter", "Recevoir la newsletter", "Newsletter abonnieren"
            + "|((get|receive|sign up for|subscribe to|recevoir|s'abonner à) (the |our |la |notre )?)?newsletters?"
            + "|newsletters? (abonnieren|bestellen))");

    /**
     * {@link #STOP}'s headers in Chinese, Japanese and Korean: rankings, related and recommended news,
     * comments, Yahoo Japan's "the text ends here". Kept apart, and tried only on lines in those scripts:
     * their unanchored words cost a regular expression many tries per line.
     */
    static final Pattern STOP_CJK = Pattern.compile(
            ".{0,10}(ランキング|関連(ニュース|記事)|おすすめ(記事)?|注目の.{0,10}ニュース|本文はここまで).{0,20}"
            + "|.{0,10}(排行榜?|相关(新闻|阅读|文章)|推荐阅读|热门(新闻|文章|推荐)|延伸阅读).{0,20}"
            // … comments and recommendations: "我要评论(0)", "热门评论", "精彩视频推荐", "コメント", Korean "댓글"
            + "|.{0,6}(评论|評論|推荐|推薦|コメント|댓글|추천|관련 ?기사|많이 본 .{0,6})(\\(\\d+\\))?.{0,10}");

    /** Whether the line is a header that usually ends the article ({@link #STOP}, {@link #STOP_CJK}). */
    static boolean stop(String text) {
        return STOP.matcher(text).matches() || (Prose.cjk(text) > 0 && STOP_CJK.matcher(text).matches());
    }

    /** A header followed by a few headline links inside the article ("Related News"). */
    static final Pattern RELATED = ci("(related( news| content| links)?|see also|more on this|read more)[:.]?");

    /** A header whose next line is one linked headline ("Read also"). */
    static final Pattern LINKED_NEXT = ci("(read|see) also[:.]?|also read[:.]?");

    /** Words of a comments section's header ("Comments (74)", "Join the conversation"), found anywhere in it. */
    static final Pattern COMMENTS = Pattern.compile("(?i)comment|repl(y|ies)|respons|discussion|conversation|thoughts on");

    /** A bare comment count ("11 Comments"), often in an article's header beside the byline. */
    static final Pattern COMMENT_COUNT = Pattern.compile("(?i)\\d[\\d,.]*k?\\s*comments?");

    /** A slide of a photo gallery: "1/50 United goin down", "3 / 12 Protesters in the square". */
    static final Pattern SLIDE = Pattern.compile("(\\d{1,3})\\s*/\\s*(\\d{1,3})\\s+\\S.*");

    /**
     * A line that reads as source code: a comment, a tag, a lone bracket, a statement ending in ";", "{"
     * or "}", or a call ("f(x)", "if (!target)" is not one: a label's "(Opens in new window)" neither).
     * Prose seldom ends so, and never three lines in a row.
     */
    static final Pattern CODE = Pattern.compile(
            "(//|/\\*|\\*/|#include|<[/!]?[A-Za-z][^>]*>).*|[\\[\\](){};,.\\s]+|.*[;{}]|.*[\\w$]\\(.*\\)\\s*(\\{|=>)?|[\\w.$]+\\s*[:=]\\s*.*[,;]?");

    /** Lines that are always furniture, wherever they stand. */
    static final List<Pattern> FURNITURE = List.of(
            ci("\\d+\\s*min(ute)?s?\\s*read"),
            ci("(listen|share|print|email|tweet|advertisement|advert|ad|sponsored|x|close|menu|search|skip to .*"
                    + "|reply|report|like|follow|log ?in|sign ?in|sign up|register|subscribe|load more|more|next"
                    + "|previous|back to top|top|home|permalink|edit|flag|loading\\.*|continue reading.*)[.:!]?"),
            ci("\\d[\\d,.]*k?\\s*(shares?|comments?|views?|likes?)"),
            ci("(see|read) also\\b.*"),
            ci("(read|see) more\\s*[:›»>].*"),
            ci("(©|copyright|\\(c\\)).*"),
            ci("source\\s*:.*"),
            ci("(updated|published|posted|last updated)\\s*:?\\s*.{0,40}"),
            ci("image( source)?\\s*:.*|photo\\s*:.*|credit\\s*:.*"),
            ci("(分享到|シェアする|ツイート|공유하기)[:：]?"),
            ci("share this( article| story| post)?[:.]?|like this[:.]?|about the author|sign up for .{0,120}"
                    + "|subscribe to .{0,120}|read now|click to (share|email|print|tweet|pin)\\b.{0,80}"),
            // a related post's category, as WordPress prints it under the headline: In "News"
            ci("in [\"“][^\"”]{1,40}[\"”]"),
            // form controls: a check box or radio button with its label ("[ ] I agree…", "(*)HTML ( )Text")
            ci("(\\[[ x*]?\\]|\\([ *]?\\))\\s*\\S.{0,300}"),
            // cookie notices: "We use cookies to…", "By continuing to browse… you accept cookies", in a few languages
            ci("(we|this (web)?site|our (web)?site)( and (our|its) partners)? uses? cookies\\b.{0,1000}"
                    + "|.{0,200}\\bby (continuing|using)\\b.{0,120}\\bcookies?\\b.{0,200}"
                    + "|en poursuivant votre navigation.{0,300}cookies.{0,200}|deze (web)?site gebruikt cookies.{0,400}"
                    + "|diese (web)?seite verwendet cookies.{0,400}"),
            ci("https?://\\S+"),
            ci("\\S+\\.(jpe?g|png|gif|webp|svg)"),
            ci(".{0,160}(…|\\.\\.\\.)\\s*(\\[[^\\]]*\\])?|.{0,200}\\s(mehr|more|read more|weiterlesen|lire la suite)\\s*(…|»|›|>)?"));

    /** A placeholder a dump leaves for an image or form field: "[photo-caption]", "[ ]". */
    static final java.util.regex.Pattern PLACEHOLDER = Pattern.compile("^\\[[^\\]]*\\]$");

    /** A byline: "By Jane Doe", "Written by Jane Doe". Group 1 is the name. */
    static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|written by|words by|von|par|por)\\s+(\\S.{1,80})$");

    /** A photo caption or credit at the end of a line: "(AP)", "(Reuters)", "(Getty Images)". */
    static final Pattern CREDIT = Pattern.compile("(?iu:.*\\((ap|afp|reuters|getty images|epa|anadolu|wikimedia commons"
            + "|[^()]*via ap)\\)[^a-z]*)"
            // "… on Thursday Credit: STR/ AFP", "… | Foto: Reuters": a caption ending in its credit
            + "|.*\\b(?i:credit|photo|foto|image|picture|bild):\\s*\\p{Lu}[\\p{L}\\d\\s/.,&'’-]{1,40}");

    private LineRules() {
    }

    static boolean furniture(String text) {
        for (Pattern p : FURNITURE) {
            if (p.matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(Pattern p, String text) {
        return p.matcher(text).matches();
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
