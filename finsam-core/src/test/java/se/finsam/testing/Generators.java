package se.finsam.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import se.finsam.association.AssociationId;
import se.finsam.association.CoordinationAssociation;
import se.finsam.population.AgeBand;
import se.finsam.contribution.Charter;
import se.finsam.contribution.ContributionKey;
import se.finsam.member.Member;
import se.finsam.member.MemberId;
import se.finsam.member.MemberKind;
import se.finsam.money.RoundingUnit;

/**
 * Random inputs for the property tests, drawn from a seeded {@link SplittableRandom} (see
 * {@link Property}). Bounds come from the domain's own constants: totals up to
 * {@link RoundingUnit#MAX_UNITS}, up to 40 municipalities and 3 regions, the three rounding units of
 * the document format.
 */
public final class Generators {

    /** The rounding units of the document format: öre, krona, thousand kronor. */
    public static final List<RoundingUnit> UNITS = List.of(RoundingUnit.ORE, RoundingUnit.KRONA, RoundingUnit.THOUSAND);

    /** Bits of a huge key weight: at most 29 digits, within {@link ContributionKey#MAX_DIGITS}. */
    private static final int KEY_WEIGHT_BITS = 95;

    private static final int MAX_REGIONS = 3;
    private static final int MAX_MUNICIPALITIES = 40;
    private static final Member FK = Member.of(MemberId.of("fk"), MemberKind.SOCIAL_INSURANCE_AGENCY, "Försäkringskassan");
    private static final Member AF = Member.of(MemberId.of("af"), MemberKind.PUBLIC_EMPLOYMENT_SERVICE, "Arbetsförmedlingen");
    /** Members are immutable, so the generated associations share them. */
    private static final List<Member> REGIONS = IntStream.range(0, MAX_REGIONS)
            .mapToObj(i -> Member.of(MemberId.of("region-" + i), MemberKind.REGION, "Region " + i, String.format("%02d", i + 1)))
            .toList();
    private static final List<Member> MUNICIPALITIES = IntStream.range(0, MAX_MUNICIPALITIES)
            .mapToObj(i -> Member.of(MemberId.of("kommun-" + i), MemberKind.MUNICIPALITY, "Kommun " + i, String.valueOf(1000 + i)))
            .toList();

    private Generators() {
    }

    /**
     * Returns a count of units to split: often small (where ties and remainders are dense), sometimes
     * zero, sometimes up to and including {@link RoundingUnit#MAX_UNITS}.
     *
     * @param random the source
     * @return the units, from 0 to {@code MAX_UNITS}
     */
    public static long totalUnits(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> 0;
            case 1 -> RoundingUnit.MAX_UNITS - random.nextInt(4);
            case 2, 3 -> random.nextLong(1_000);
            case 4 -> random.nextLong(100_000_000);
            default -> random.nextLong(RoundingUnit.MAX_UNITS + 1);
        };
    }

    /**
     * Returns one of the document format's rounding units.
     *
     * @param random the source
     * @return the unit
     */
    public static RoundingUnit unit(SplittableRandom random) {
        return UNITS.get(random.nextInt(UNITS.size()));
    }

    /**
     * Returns a number of parts from 1 to 300, most of them small so that many cases run quickly.
     *
     * @param random the source
     * @return the count
     */
    public static int partCount(SplittableRandom random) {
        int bucket = random.nextInt(16);
        if (bucket == 0) {
            return 1 + random.nextInt(300);
        }
        return bucket < 8 ? 1 + random.nextInt(40) : 1 + random.nextInt(6);
    }

    /**
     * Returns a non-negative weight with 0 to 3 decimals: zero (in several scales), tiny integers
     * (which make ties frequent), ordinary decimals, and huge values of up to 60 digits.
     *
     * @param random the source
     * @param maxBits the most bits of a huge weight's unscaled value (199 gives up to 60 digits)
     * @return the weight
     */
    public static BigDecimal weight(SplittableRandom random, int maxBits) {
        int scale = random.nextInt(4);
        return switch (random.nextInt(10)) {
            case 0 -> BigDecimal.ZERO.setScale(scale);
            case 1, 2, 3 -> BigDecimal.valueOf(1 + random.nextInt(4)).setScale(scale);
            case 4 -> BigDecimal.valueOf(random.nextInt(1_000) + 1, scale);
            case 5, 6 -> BigDecimal.valueOf(random.nextLong(1_000_000_000L), scale);
            case 7 -> new BigDecimal(new BigInteger(20 + random.nextInt(maxBits - 19), new Random(random.nextLong())), scale);
            default -> BigDecimal.valueOf(random.nextInt(100_000), scale);
        };
    }

    /**
     * Returns {@code n} weights, at least one positive, as {@link #weight(SplittableRandom, int)} makes them.
     *
     * @param random the source
     * @param n how many
     * @param maxBits the most bits of a huge weight's unscaled value
     * @return the weights, a mutable list
     */
    public static List<BigDecimal> weights(SplittableRandom random, int n, int maxBits) {
        List<BigDecimal> weights = new ArrayList<>(n);
        boolean anyPositive = false;
        for (int i = 0; i < n; i++) {
            BigDecimal w = weight(random, maxBits);
            anyPositive |= w.signum() > 0;
            weights.add(w);
        }
        if (!anyPositive) {
            weights.set(random.nextInt(n), BigDecimal.valueOf(1 + random.nextInt(1000), random.nextInt(4)));
        }
        return weights;
    }

    /**
     * Shuffles a list in place with the seeded source (Fisher–Yates).
     *
     * @param <T> the element type
     * @param random the source
     * @param list the list to shuffle
     */
    public static <T> void shuffle(SplittableRandom random, List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * Returns a valid association: Försäkringskassan, Arbetsförmedlingen, 1–3 regions and 1–40
     * municipalities (most often at most 8), sometimes in shuffled order (the order is the tie order), with a municipal key
     * and (with more than one region, and sometimes with one) a regional key of a random basis.
     *
     * @param random the source
     * @return the association
     */
    public static CoordinationAssociation association(SplittableRandom random) {
        List<Member> members = new ArrayList<>(2 + MAX_REGIONS + MAX_MUNICIPALITIES);
        members.add(FK);
        members.add(AF);
        List<Member> regions = REGIONS.subList(0, 1 + random.nextInt(MAX_REGIONS));
        // Mostly small associations (cheap, and ties are frequent); a quarter range up to 40 municipalities.
        int municipalityCount = random.nextInt(4) == 0 ? 1 + random.nextInt(MAX_MUNICIPALITIES) : 1 + random.nextInt(8);
        List<Member> municipalities = MUNICIPALITIES.subList(0, municipalityCount);
        members.addAll(regions);
        members.addAll(municipalities);
        if (random.nextBoolean()) {
            shuffle(random, members);
        }
        ContributionKey regionalKey = regions.size() > 1 || random.nextInt(4) == 0 ? key(random, ids(regions)) : null;
        return CoordinationAssociation.of(AssociationId.of("generated"), "Generated association",
                Samples.SEK, Charter.of(members, key(random, ids(municipalities)), regionalKey));
    }

    private static List<MemberId> ids(List<Member> members) {
        return members.stream().map(Member::id).toList();
    }

    /**
     * Returns a valid key over the given members, of a random basis.
     *
     * @param random the source
     * @param ids the members the key must cover
     * @return the key
     */
    public static ContributionKey key(SplittableRandom random, List<MemberId> ids) {
        return switch (random.nextInt(4)) {
            case 0 -> percentages(random, ids);
            case 1 -> population(random, ids);
            case 2 -> ContributionKey.ofWeights(ordered(ids, weights(random, ids.size(), KEY_WEIGHT_BITS)));
            default -> ContributionKey.equal();
        };
    }

    /**
     * Returns percentages with 0 to 3 decimals that sum to exactly 100, zeros allowed.
     *
     * @param random the source
     * @param ids the members
     * @return the key
     */
    public static ContributionKey percentages(SplittableRandom random, List<MemberId> ids) {
        int scale = random.nextInt(4);
        long whole = 100L * BigInteger.TEN.pow(scale).longValueExact();
        long[] cuts = new long[ids.size() + 1];
        cuts[ids.size()] = whole;
        for (int i = 1; i < ids.size(); i++) {
            cuts[i] = random.nextLong(whole + 1);
        }
        Arrays.sort(cuts, 1, ids.size());
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            values.add(BigDecimal.valueOf(cuts[i + 1] - cuts[i], scale));
        }
        return ContributionKey.ofPercentages(ordered(ids, values));
    }

    /**
     * Returns head counts, at least one positive, sometimes up to {@link ContributionKey#MAX_HEAD_COUNT}.
     *
     * @param random the source
     * @param ids the members
     * @return the key
     */
    public static ContributionKey population(SplittableRandom random, List<MemberId> ids) {
        Map<MemberId, Long> counts = new LinkedHashMap<>();
        long bound = random.nextInt(5) == 0 ? ContributionKey.MAX_HEAD_COUNT : 200_000;
        boolean anyPositive = false;
        for (MemberId id : ids) {
            long count = random.nextInt(8) == 0 ? 0 : random.nextLong(bound + 1);
            anyPositive |= count > 0;
            counts.put(id, count);
        }
        if (!anyPositive) {
            counts.put(ids.get(random.nextInt(ids.size())), 1 + random.nextLong(bound));
        }
        return ContributionKey.ofPopulation(counts, LocalDate.of(2006, 11, 1), AgeBand.of(16, 64));
    }

    private static Map<MemberId, BigDecimal> ordered(List<MemberId> ids, List<BigDecimal> values) {
        Map<MemberId, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), values.get(i));
        }
        return map;
    }
}
