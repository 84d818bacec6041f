package org.govrules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.govrules.Stated;
import org.junit.jupiter.api.Test;

class SupportTest {

    private final Members ten = new Members(
            List.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"),
            List.of("Brunei", "Cambodia", "Indonesia", "Lao PDR", "Malaysia", "Myanmar", "Philippines", "Singapore",
                    "Thailand", "Viet Nam"));

    @Test
    void nine_of_ten_is_short_of_unanimity() {
        Support s = Support.from(List.of(new Stated("states-agreeing", "9")));
        assertThat(s.isShortOf(ten)).isTrue();
        assertThat(s.isUnanimousAmong(ten)).isFalse();
    }

    @Test
    void an_objection_blocks_even_if_everyone_else_agrees() {
        Support s = Support.from(List.of(new Stated("agreement", "all"), new Stated("objecting", "KH")));
        assertThat(s.isBlocked()).isTrue();
        assertThat(s.isUnanimousAmong(ten)).isFalse();
        assertThat(s.objectors(ten)).containsExactly("Cambodia");
    }

    @Test
    void named_supporters_leave_the_rest_to_agree() {
        Support s = Support.from(List.of(new Stated("agreeing", "VN"), new Stated("agreeing", "TH")));
        assertThat(s.isPartial(ten)).isTrue();
        assertThat(s.stillToAgree(ten)).hasSize(8).doesNotContain("Viet Nam", "Thailand");
    }

    @Test
    void silence_says_nothing() {
        assertThat(Support.from(List.of()).isSilent()).isTrue();
    }
}
