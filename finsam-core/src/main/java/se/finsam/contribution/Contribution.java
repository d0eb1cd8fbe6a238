package se.finsam.contribution;

import java.util.Objects;
import javax.money.MonetaryAmount;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;

/**
 * One member's contribution for a year.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param member the member's id
 * @param kind the member's kind
 * @param amount what the member pays; zero for Arbetsförmedlingen
 */
public record Contribution(MemberId member, MemberKind kind, MonetaryAmount amount) {

    /**
     * Validates that no component is null.
     *
     * @param member the member's id
     * @param kind the member's kind
     * @param amount what the member pays; zero for Arbetsförmedlingen
     * @throws NullPointerException if a component is null
     */
    public Contribution {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
    }
}
