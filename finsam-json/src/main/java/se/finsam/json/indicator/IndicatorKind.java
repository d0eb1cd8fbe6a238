package se.finsam.json.indicator;

import se.finsam.indicator.IllHealthBenefit;
import se.finsam.indicator.IllHealthRate;
import se.finsam.indicator.IndicatorSet;
import se.finsam.indicator.SupportComparison;
import se.finsam.indicator.SupportKind;
import se.finsam.indicator.SupportMeasure;
import se.finsam.json.DocumentKind;
import se.finsam.json.internal.DocumentDescriptor;
import se.finsam.json.internal.ModuleRegistry;

/**
 * The indicator document ({@code docs/indicators.md}): identified by its {@code support}, {@code illHealth}
 * or {@code aggregates}, read by {@link IndicatorReader}, its report written by {@link IndicatorWriter}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorKind extends DocumentDescriptor<IndicatorSet> {

    /** The descriptor of indicator documents. */
    public static final IndicatorKind INSTANCE = new IndicatorKind();

    private IndicatorKind() {
        super(DocumentKind.INDICATORS, (root, limits) -> new IndicatorReader(limits).read(root), IndicatorWriter::report,
                "support", "illHealth", "aggregates");
    }

    @Override
    public void register(ModuleRegistry r) {
        r.addEnum(SupportKind.class, "kind of support");
        r.addEnum(IllHealthBenefit.class, "ill-health benefit");
        r.addEnum(IllHealthRate.class, "ill-health rate");
        String indicators = "read the indicator document with FinsamJson.indicators().read";
        r.addResult(IndicatorSet.class, IndicatorWriter::report, indicators);
        r.addResult(SupportMeasure.class, IndicatorWriter::supportMeasure, indicators);
        r.addResult(SupportComparison.class, IndicatorWriter::supportComparison, indicators);
    }
}
