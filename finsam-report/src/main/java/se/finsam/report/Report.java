package se.finsam.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.finsam.budget.AnnualPlan;
import se.finsam.budget.Budget;
import se.finsam.followup.NationalFollowUp;
import se.finsam.followup.ProjectFollowUp;
import se.finsam.followup.ProjectSummary;
import se.finsam.indicator.IndicatorSet;
import se.finsam.national.NationalAllocation;
import se.finsam.socioeconomic.SocioEconomicCalculation;

/**
 * What finsam tells people about a result: a title, lines under it, and titled {@link Section}s of typed
 * cells. One report renders in every {@link Format}, so that what the table shows, the CSV, the HTML page
 * and the workbook show too, figure for figure.
 *
 * <pre>{@code
 * Report.split(plan).render(Format.TABLE, Locale.forLanguageTag("sv-SE"), System.out);
 * }</pre>
 *
 * <p>A report is immutable; everything that can fail is computed when it is made, so rendering fails only
 * on output errors.
 */
public final class Report {

    private final String name;
    private final Text title;
    private final List<Text> lead;
    private final List<Section> sections;

    private Report(Builder builder) {
        this.name = builder.name;
        this.title = builder.title;
        this.lead = List.copyOf(builder.lead);
        this.sections = List.copyOf(builder.sections);
    }

    /**
     * The report of a plan's contribution split ({@code finsam split}): each member's contribution with its
     * kind and its value in its party's key, the party totals (the state half, the regional and municipal
     * quarters), the keys with their reference dates and age bands, and the rounding.
     *
     * @param plan the plan
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's contributions cannot be computed
     */
    public static Report split(AnnualPlan plan) {
        return SplitReport.of(plan, Detail.FIGURES);
    }

    /**
     * The report of a plan's contribution split, {@linkplain Detail#EXPLAINED explained} or not: explained,
     * it also takes every amount apart (the split between the parties, then each member's share of its
     * party: weight, exact quota, rounding, the unit left over), as {@code finsam split --explain}.
     *
     * @param plan the plan
     * @param detail the figures, or the figures explained
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's contributions cannot be computed
     */
    public static Report split(AnnualPlan plan, Detail detail) {
        return SplitReport.of(plan, Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a plan's project cost schedules ({@code finsam schedule}): each project's status,
     * basis, total cost and cost per budget year, the sums per year of the decided projects and what is
     * committed after each year. Its rows are made as they are rendered, so a plan of any size is rendered
     * without holding its cells.
     *
     * @param plan the plan
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's schedules cannot be computed
     */
    public static Report schedule(AnnualPlan plan) {
        return ScheduleReport.of(plan, Detail.FIGURES);
    }

    /**
     * The report of a plan's project cost schedules, {@linkplain Detail#EXPLAINED explained} or not:
     * explained, it also has, for each project and year, the rule that spread the cost and, for a split by
     * months or days, the year's weight, exact quota, rounding and the unit left over
     * ({@code finsam schedule --explain}).
     *
     * @param plan the plan
     * @param detail the figures, or the figures explained
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's schedules cannot be computed
     */
    public static Report schedule(AnnualPlan plan, Detail detail) {
        return ScheduleReport.of(plan, Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a budget ({@code finsam budget}): income by member; the costs of the operation, line by
     * line with their names; the year's project costs; the co-financing; income, costs and the disposable
     * amount; the commitments to later years and the reserve; and, when the plan has them, the settlement
     * against the final municipal key and the equity against its reasonable level.
     *
     * @param budget the budget
     * @return the report
     */
    public static Report of(Budget budget) {
        return BudgetReport.of(budget, Detail.FIGURES);
    }

    /**
     * The report of a budget, {@linkplain Detail#EXPLAINED explained} or not: explained, it also takes the
     * members' contributions and the projects' costs per year apart, as {@link #split(AnnualPlan, Detail)}
     * and {@link #schedule(AnnualPlan, Detail)} do ({@code finsam budget --explain}).
     *
     * @param budget the budget
     * @param detail the figures, or the figures explained
     * @return the report
     */
    public static Report of(Budget budget, Detail detail) {
        return BudgetReport.of(budget, Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a plan's years side by side ({@code finsam plan}, flerårsplan): the years as columns, a
     * preliminary year marked; the income per member, the costs by category, the decided projects' costs per
     * project, and each year's disposable amount, commitments into later years, reserve, unreserved surplus,
     * shortfall and, when the plan gives an opening equity, the projected equity and each member's share of it.
     *
     * <pre>{@code
     * Report.plan(plan).render(Format.TABLE, Locale.forLanguageTag("sv-SE"), System.out);
     * }</pre>
     *
     * @param plan the plan, with its later years if any
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's years cannot be computed
     */
    public static Report plan(AnnualPlan plan) {
        return plan(plan, Detail.FIGURES);
    }

    /**
     * The report of a plan's years side by side, {@linkplain Detail#EXPLAINED explained} or not: explained, it
     * also takes each year's contributions apart as {@link #split(AnnualPlan, Detail)} does.
     *
     * @param plan the plan
     * @param detail the figures, or the figures explained
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's years cannot be computed
     */
    public static Report plan(AnnualPlan plan, Detail detail) {
        return MultiYearReport.of(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of the settlement between a plan's municipal key and its final municipal key, such as one
     * built from a population table: both keys side by side (the final one with its source), and each
     * municipality's amount invoiced on the plan's key, due on the final one, and the difference
     * ({@code finsam key --settle}).
     *
     * @param plan the plan, with a final municipal key
     * @return the report
     * @throws IllegalArgumentException if the plan has no final municipal key
     */
    public static Report settlement(AnnualPlan plan) {
        return settlement(plan, Detail.FIGURES);
    }

    /**
     * The report of the settlement, with {@link Detail#EXPLAINED} also how the final split came about.
     *
     * @param plan the plan, with a final municipal key
     * @param detail the figures, or also how each came about
     * @return the report
     * @throws IllegalArgumentException if the plan has no final municipal key
     */
    public static Report settlement(AnnualPlan plan, Detail detail) {
        return SettlementReport.of(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a plan's year as it happens ({@code finsam outcome}): the follow-up of the budget
     * (budgetuppföljning) to the outcome's date, per member, cost category and project, with the deviations of
     * the forecast from the budget and the share of the budget used against the share of the year passed;
     * the year-end result and equity; and the members' shares of the closing equity and of the result. A plan
     * without an outcome is reported on its forecast, without the columns of the outcome.
     *
     * @param plan the plan
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's figures cannot be computed
     */
    public static Report outcome(AnnualPlan plan) {
        return outcome(plan, Detail.FIGURES);
    }

    /**
     * The report of a plan's year as it happens, {@linkplain Detail#EXPLAINED explained} or not: explained, it
     * also takes the members' shares of the closing equity and of the result apart, as every split is.
     *
     * @param plan the plan
     * @param detail the figures, or the figures explained
     * @return the report
     * @throws se.finsam.validation.FinsamValidationException if the plan's figures cannot be computed
     */
    public static Report outcome(AnnualPlan plan, Detail detail) {
        return OutcomeReport.of(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of an indicator set ({@code finsam indicators}): every figure one a row, as the long CSV
     * docs/indicators.md documents (each area's population, payments, försörjningsmått and full-year
     * equivalents per support period, their change since the period before, and the ohälsotal figures),
     * then the försörjningsmått per area over the periods with a chart. Its rows are made period by period as
     * they are rendered, so a set of any size is written without holding its output.
     *
     * @param set the indicator set
     * @return the report
     */
    public static Report of(IndicatorSet set) {
        return of(set, Detail.FIGURES);
    }

    /**
     * The report of an indicator set, with {@link Detail#EXPLAINED} followed by how each rate came about:
     * the kronor paid, the population, the days, population × days, the exact quotient and its rounding.
     *
     * @param set the indicator set
     * @param detail the figures, or the figures and how each came about
     * @return the report
     */
    public static Report of(IndicatorSet set, Detail detail) {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(detail, "detail");
        return IndicatorReport.of(set, detail);
    }

    /**
     * The report of a project's participant follow-up ({@code finsam followup}): the participants started,
     * registered, anonymous, finished and still in the project; the shares of the finished participants
     * (completed, in work or studies after, closer to work, on public support before and after), each with
     * its count and its base; the time in the project; the participants by municipality and by gender with
     * their totals; and the targets with their results.
     *
     * <pre>{@code
     * Report.of(followUp).render(Format.HTML, Locale.forLanguageTag("sv-SE"), out);
     * }</pre>
     *
     * @param followUp the follow-up
     * @return the report
     */
    public static Report of(ProjectFollowUp followUp) {
        return of(followUp, Detail.FIGURES);
    }

    /**
     * The report of a project's participant follow-up, with its figures alone or, {@link Detail#EXPLAINED},
     * followed by a section that takes each share apart: what it counts, of what, its exact value, how it
     * was rounded (half up to one decimal, or by largest remainder in a distribution) and what is shown.
     *
     * @param followUp the follow-up
     * @param detail the figures, or the figures explained
     * @return the report
     */
    public static Report of(ProjectFollowUp followUp, Detail detail) {
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(detail, "detail");
        return of(followUp.summary(), detail);
    }

    /**
     * The report of a project's participant follow-up from its summary, which holds every figure and no
     * participant: the same report as {@link #of(ProjectFollowUp)} makes of the project the summary is of, for
     * a project of any size (a summary streamed from a document of a million participants).
     *
     * <pre>{@code
     * ProjectSummary summary = FinsamJson.create().followUp().summary(Path.of("uppfoljning.json"));
     * Report.of(summary).render(Format.HTML, Locale.forLanguageTag("sv-SE"), out);
     * }</pre>
     *
     * @param summary the project's summary
     * @return the report
     */
    public static Report of(ProjectSummary summary) {
        return of(summary, Detail.FIGURES);
    }

    /**
     * The report of a project's participant follow-up from its summary, with its figures alone or,
     * {@link Detail#EXPLAINED}, followed by a section that takes each share apart, as
     * {@link #of(ProjectFollowUp, Detail)} reports the project the summary is of.
     *
     * @param summary the project's summary
     * @param detail the figures, or the figures explained
     * @return the report
     */
    public static Report of(ProjectSummary summary, Detail detail) {
        return FollowUpReport.of(Objects.requireNonNull(summary, "summary"), Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a national follow-up: the levels the national follow-up system's standard report compares,
     * each county (by name) followed by its associations, each followed by its projects, and the whole country
     * as the total, with the measures of a project's follow-up: the participants started, registered,
     * anonymous, finished and still in the project, the mean and median days in the project, and the five
     * shares of the finished participants (completed, in work or studies after, closer to work, on public
     * support before and after), each as a count and a percentage.
     *
     * <pre>{@code
     * NationalFollowUp national = ...;   // read by finsam-json, or built of the associations' figures
     * Report.of(national).render(Format.HTML, Locale.forLanguageTag("sv-SE"), out);
     * }</pre>
     *
     * @param national the national follow-up
     * @return the report
     */
    public static Report of(NationalFollowUp national) {
        return of(national, Detail.FIGURES);
    }

    /**
     * The report of a national follow-up, its comparison of the levels alone or, {@link Detail#EXPLAINED},
     * followed by the participants by municipality and by gender, with their totals, of the whole country and
     * of each county.
     *
     * @param national the national follow-up
     * @param detail the comparison, or the comparison and the distributions
     * @return the report
     */
    public static Report of(NationalFollowUp national, Detail detail) {
        return NationalFollowUpReport.of(Objects.requireNonNull(national, "national"), Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a national allocation ({@code finsam allocate}): per association, by name, its
     * allocation with the model's parts, its limits, the redistribution, its supplementary funds, its
     * matching, its previous allocation and the change in percent, with column totals; the supplementary
     * funds with their totals and what is left over; the matching per association and, where the members
     * are known, per member. A chart ranks the associations by allocation and marks those held by a limit.
     *
     * @param national the national allocation
     * @return the report of its figures
     */
    public static Report of(NationalAllocation national) {
        return of(national, Detail.FIGURES);
    }

    /**
     * The report of a national allocation, its figures or, {@link Detail#EXPLAINED}, its figures and how each
     * came about: the model amount of each association from its base, its försörjningsmått and its
     * population with their weights and sums; its limits and the redistribution; the supplementary split and
     * the matching.
     *
     * @param national the national allocation
     * @param detail the figures, or the figures explained
     * @return the report
     */
    public static Report of(NationalAllocation national, Detail detail) {
        Objects.requireNonNull(national, "national");
        return AllocationReport.of(national, Objects.requireNonNull(detail, "detail"));
    }

    /**
     * The report of a project's socio-economic calculation: the assumptions; the project's cost and each
     * actor's statutory share of it; what one person's exclusion costs each actor per year; for each horizon
     * who invests and who gains (each actor and society: the investment and the gains as present values, the
     * net present value, the payback time in months and the break-even number of successful participants),
     * with a chart of the investments and gains; the avoided costs year by year and the cumulative net
     * present value, with a chart of it and its payback points, at the longest horizon; and the sensitivity
     * table. Amounts are rounded to whole kronor, half away from zero, only when shown.
     *
     * <pre>{@code
     * Report.socioeconomic(calculation).render(Format.HTML, Locale.forLanguageTag("sv-SE"), out);
     * }</pre>
     *
     * @param calculation the calculation
     * @return the report
     */
    public static Report socioeconomic(SocioEconomicCalculation calculation) {
        return socioeconomic(calculation, Detail.FIGURES);
    }

    /**
     * The report of a project's socio-economic calculation, {@linkplain Detail#EXPLAINED explained} or not:
     * explained, it also shows how each figure came about: each actor's investment (the year's cost × its
     * share × the discount factor), each year's avoided costs (successful × share still out of exclusion ×
     * gain per person and year × the discount factor), the payback month and the break-even number.
     *
     * @param calculation the calculation
     * @param detail the figures, or the figures explained
     * @return the report
     */
    public static Report socioeconomic(SocioEconomicCalculation calculation, Detail detail) {
        return SocioEconomicReport.of(Objects.requireNonNull(calculation, "calculation"),
                Objects.requireNonNull(detail, "detail"));
    }

    /**
     * Starts a report.
     *
     * @param name the name of what it is about, e.g. the association's name: the workbook's title
     * @param title its title
     * @return a builder
     */
    public static Builder builder(String name, Text title) {
        return new Builder(name, title);
    }

    /**
     * The name of what it is about.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Its title.
     *
     * @return the title
     */
    public Text title() {
        return title;
    }

    /**
     * The lines under the title: what the figures are of, and how they were rounded.
     *
     * @return the lines
     */
    public List<Text> lead() {
        return lead;
    }

    /**
     * Its sections, in order.
     *
     * @return the sections
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * Renders the report, in Swedish CSV where the format is CSV.
     *
     * @param format the format
     * @param locale the reader's language: Swedish for {@code sv}, English otherwise
     * @param out receives the report, UTF-8; not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, Locale locale, OutputStream out) throws IOException {
        render(format, RenderOptions.of(locale), out);
    }

    /**
     * Renders the report.
     *
     * @param format the format
     * @param options the language and the CSV dialect
     * @param out receives the report, UTF-8 text or, for {@link Format#XLSX}, the workbook; not closed
     * @throws IOException if writing fails
     */
    public void render(Format format, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        if (format == Format.XLSX) {
            XlsxRenderer.render(this, Formatting.of(options), options.swedish(), out);
            return;
        }
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        render(format, options, writer);
        writer.flush();
    }

    private void render(Format format, RenderOptions options, Writer writer) throws IOException {
        Formatting f = Formatting.of(options);
        switch (format) {
            case TABLE -> TextRenderer.render(this, f, writer);
            case CSV -> CsvRenderer.render(this, f, options.csvDialect(), writer);
            case HTML -> HtmlRenderer.render(this, f, writer);
            case XLSX -> throw new IllegalArgumentException("A workbook is binary: render it to an OutputStream");
        }
    }

    /**
     * The report as text in a format of text.
     *
     * @param format the format
     * @param options the language and the CSV dialect
     * @return the text
     * @throws IllegalArgumentException for {@link Format#XLSX}, which is binary
     */
    public String toString(Format format, RenderOptions options) {
        StringWriter out = new StringWriter();
        try {
            render(format, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * The report as an English table.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return toString(Format.TABLE, RenderOptions.ENGLISH);
    }

    /** Builds a {@link Report}. Not thread-safe; the report it builds is immutable. */
    public static final class Builder {
        private final String name;
        private final Text title;
        private final List<Text> lead = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();

        private Builder(String name, Text title) {
            this.name = Objects.requireNonNull(name, "name");
            this.title = Objects.requireNonNull(title, "title");
        }

        /**
         * Adds a line under the title.
         *
         * @param line the line
         * @return this builder
         */
        public Builder lead(Text line) {
            lead.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Adds a section.
         *
         * @param section the section
         * @return this builder
         */
        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        /**
         * The report.
         *
         * @return the report
         */
        public Report build() {
            return new Report(this);
        }
    }
}
