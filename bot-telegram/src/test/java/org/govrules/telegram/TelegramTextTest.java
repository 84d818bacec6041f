package org.govrules.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TelegramTextTest {

    @Test
    void markup_in_user_or_data_text_is_escaped() {
        assertThat(TelegramText.escape("<b>x</b> & </a>")).isEqualTo("&lt;b&gt;x&lt;/b&gt; &amp; &lt;/a&gt;");
    }

    @Test
    void a_long_reply_is_cut_at_paragraph_boundaries_within_the_limit() {
        String paragraph = "word ".repeat(300).strip();
        String html = String.join("\n\n", paragraph, paragraph, paragraph, paragraph);
        var parts = TelegramText.split(html);
        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(TelegramText.LIMIT));
        assertThat(parts.get(0)).isEqualTo(paragraph + "\n\n" + paragraph);
        assertThat(String.join("\n\n", parts)).isEqualTo(html);
    }

    @Test
    void a_paragraph_over_the_limit_is_cut_at_spaces_and_never_inside_an_entity() {
        String html = ("a &amp; b ").repeat(1000);
        var parts = TelegramText.split(html);
        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(TelegramText.LIMIT);
            assertThat(p).doesNotEndWith("&amp").doesNotEndWith("&");
        });
        assertThat(String.join(" ", parts).replace(" ", "")).isEqualTo(html.replace(" ", ""));
    }
}
