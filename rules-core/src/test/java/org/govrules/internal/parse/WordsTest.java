package org.govrules.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void plurals_possessives_and_third_persons_meet_their_stem() {
        assertThat(Words.stem("members")).isEqualTo("member");
        assertThat(Words.stem("member's")).isEqualTo("member");
        assertThat(Words.stem("agrees")).isEqualTo("agree");
        assertThat(Words.stem("parties")).isEqualTo("party");
        assertThat(Words.stem("process")).isEqualTo("process");
    }

    @Test
    void a_transposition_is_one_edit() {
        assertThat(Words.distance("cambodai", "cambodia", 2)).isEqualTo(1);
        assertThat(Words.distance("interpl", "interpol", 2)).isEqualTo(1);
        assertThat(Words.distance("summary", "secretariat", 2)).isEqualTo(3);
    }

    @Test
    void number_words_become_digits_for_patterns() {
        assertThat(Words.withDigits("nine of ten agree")).isEqualTo("9 of 10 agree");
    }

    @Test
    void control_characters_are_dropped_and_case_folded() {
        assertThat(Words.normalise("Can\u0000 INTERPOL\u200b attend")).isEqualTo("can  interpol  attend");
    }
}
