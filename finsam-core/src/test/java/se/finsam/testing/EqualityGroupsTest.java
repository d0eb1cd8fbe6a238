package se.finsam.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The helper must catch each kind of broken equality, or the equality tests could not fail. */
class EqualityGroupsTest {

    /** Correct value equality on an int. */
    private record Good(int value) {
    }

    /** Equal values with different hash codes. */
    private static final class InconsistentHash {
        private final int value;
        private final int hash;

        InconsistentHash(int value, int hash) {
            this.value = value;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof InconsistentHash other && value == other.value;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "InconsistentHash(" + value + ", #" + hash + ")";
        }
    }

    /** Equal to everything, even null. */
    private static final class EqualsAnything {
        @Override
        public boolean equals(Object obj) {
            return true;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Equal to nothing, not even itself. */
    private static final class EqualsNothing {
        @Override
        public boolean equals(Object obj) {
            return false;
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @Test
    void correctEquality_passes() {
        assertThatCode(() -> EqualityGroups.create().addGroup(new Good(1), new Good(1)).addGroup(new Good(2)).test())
                .doesNotThrowAnyException();
    }

    @Test
    void unequalPeers_fail() {
        assertThatThrownBy(() -> EqualityGroups.create().addGroup(new Good(1), new Good(2)).test())
                .isInstanceOf(AssertionError.class).hasMessageContaining("must equal").hasMessageContaining("Good[value=2]");
    }

    @Test
    void equalMembersOfDifferentGroups_fail() {
        assertThatThrownBy(() -> EqualityGroups.create().addGroup(new Good(1)).addGroup(new Good(1)).test())
                .isInstanceOf(AssertionError.class).hasMessageContaining("must not equal item 0 of group 1");
    }

    @Test
    void differentHashCodesOfEqualPeers_fail() {
        assertThatThrownBy(() -> EqualityGroups.create()
                .addGroup(new InconsistentHash(1, 10), new InconsistentHash(1, 11)).test())
                .isInstanceOf(AssertionError.class).hasMessageContaining("hash code 10").hasMessageContaining("has 11");
    }

    @Test
    void equalToNullOrAForeignType_fails() {
        assertThatThrownBy(() -> EqualityGroups.create().addGroup(new EqualsAnything()).test())
                .isInstanceOf(AssertionError.class).hasMessageContaining("must not equal null");
    }

    @Test
    void notEqualToItself_fails() {
        assertThatThrownBy(() -> EqualityGroups.create().addGroup(new EqualsNothing()).test())
                .isInstanceOf(AssertionError.class).hasMessageContaining("must equal itself");
    }

    @Test
    void emptyGroup_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> EqualityGroups.create().addGroup());
    }
}
