package org.govrules.internal.parse;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private static final String COMMON = "stopwords: [by, then, the]\ninformationCues: [when, what]\n";

    private static VocabularyFile yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readValue(text, VocabularyFile.class);
    }

    @Test
    void a_phrase_that_is_only_a_question_word_without_its_stop_words_is_refused() throws Exception {
        var body = yaml("body: x\ntopics:\n  - id: deadline\n    all: [[deadline, by when]]\n");
        assertThatThrownBy(() -> new Lexicon(List.of(yaml(COMMON), body), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'by when'").hasMessageContaining("question word 'when'");
    }

    @Test
    void a_phrase_with_a_word_of_its_own_beside_the_question_word_is_kept() throws Exception {
        var body = yaml("body: x\ntopics:\n  - id: deadline\n    all: [[deadline, when due]]\n");
        assertThatCode(() -> new Lexicon(List.of(yaml(COMMON), body), List.of())).doesNotThrowAnyException();
    }
}
