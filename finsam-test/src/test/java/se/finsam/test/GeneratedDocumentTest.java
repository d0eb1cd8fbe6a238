package se.finsam.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedDocumentTest {

    private static final InjectedFault YEAR = new InjectedFault("/year", "json.wrong-type", "the year written as a string");
    private static final InjectedFault COST = new InjectedFault("/costs/1/amount", "amount.negative", "a negative cost line");
    private static final InjectedFault COST_ALSO = new InjectedFault("/costs/1/amount", "amount.negative", "another");
    private static final InjectedFault CATEGORY = new InjectedFault("/costs/1/category", "json.invalid-value", "x");

    @Test
    void faultsAreCopiedAndSortedByPathThenCode() {
        List<InjectedFault> given = new ArrayList<>(List.of(YEAR, CATEGORY, COST_ALSO, COST));

        GeneratedDocument document = new GeneratedDocument("{}", given);
        given.clear();

        assertThat(document.faults()).containsExactly(COST, COST_ALSO, CATEGORY, YEAR);
        assertThatThrownBy(() -> document.faults().add(YEAR)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(document).isEqualTo(new GeneratedDocument("{}", List.of(YEAR, COST, COST_ALSO, CATEGORY)))
                .hasSameHashCodeAs(new GeneratedDocument("{}", List.of(CATEGORY, COST, YEAR, COST_ALSO)))
                .isNotEqualTo(new GeneratedDocument("{}", List.of(YEAR)))
                .isNotEqualTo(new GeneratedDocument("[]", List.of(YEAR, COST, COST_ALSO, CATEGORY)));
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> new GeneratedDocument(null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> new GeneratedDocument("{}", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new GeneratedDocument("{}", Arrays.asList(YEAR, null))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InjectedFault(null, "c", "d")).isInstanceOf(NullPointerException.class).hasMessage("path");
        assertThatThrownBy(() -> new InjectedFault("", null, "d")).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> new InjectedFault("", "c", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("description");
    }

    @Test
    void aFaultIsItsPathCodeAndDescription() {
        assertThat(YEAR).isEqualTo(new InjectedFault("/year", "json.wrong-type", "the year written as a string"))
                .isNotEqualTo(new InjectedFault("/year", "plan.year-out-of-range", "the year written as a string"));
        assertThat(YEAR.path()).isEqualTo("/year");
        assertThat(YEAR.code()).isEqualTo("json.wrong-type");
        assertThat(YEAR.description()).isEqualTo("the year written as a string");
    }
}
