package org.govrules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govrules.Provision;
import org.junit.jupiter.api.Test;

class InstrumentTextTest {

    private static final String TEXT = """
            ---
            instrument: x-tor
            title: "A test instrument"
            ---

            Provision ids are `x-tor:<n>`.

            # Purpose

            ## x-tor:1
            First paragraph.

            Its second line.

            ### x-tor:1a
            A sub-paragraph;

            ## x-tor:2 — Named section
            Second.
            """;

    @Test
    void each_heading_with_an_id_starts_a_provision_in_its_part() {
        Instrument instrument = InstrumentText.parse(TEXT, "test");
        assertThat(instrument.id()).isEqualTo("x-tor");
        assertThat(instrument.title()).isEqualTo("A test instrument");
        assertThat(instrument.provisions()).extracting(Provision::id).containsExactly("x-tor:1", "x-tor:1a", "x-tor:2");
        assertThat(instrument.provisions().get(0).text()).isEqualTo("First paragraph.\n\nIts second line.");
        assertThat(instrument.provisions().get(0).part()).isEqualTo("Purpose");
        assertThat(instrument.provisions().get(2).part()).isEqualTo("Named section");
    }

    @Test
    void a_provision_of_another_instrument_is_refused() {
        assertThatThrownBy(() -> InstrumentText.parse(TEXT.replace("## x-tor:2", "## y-tor:2"), "test"))
                .hasMessageContaining("y-tor:2 is not of x-tor");
    }

    @Test
    void a_text_without_front_matter_is_refused() {
        assertThatThrownBy(() -> InstrumentText.parse("## x-tor:1\ntext", "test.md")).hasMessageContaining("test.md");
    }
}
