package se.finsam.followup;

import static se.finsam.testing.Samples.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.finsam.member.Member;
import se.finsam.member.MemberKind;
import se.finsam.population.AgeBand;

/**
 * The bundled follow-up examples (finsam-examples/documents: kvinnocoacher-2011.json, vagen-in-2011.json) as
 * code, one participant a row: start, end, exit, gender, age band, municipality, situation before and after
 * ("-" where not given). Their published figures are in docs/indicators.md; everything else is illustrative.
 */
final class FollowUpExamples {

    private FollowUpExamples() {
    }

    /** {@code kvinnocoacher}: the Norra Västmanland newsletter's project, as the bundled document has it. */
    static ProjectFollowUp kvinnocoacher() {
        return project("Kvinnocoacher för arbetsåtergång", "2010-09-01", "2011-12-31", List.of(
            Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"),
            Member.of(id("kungsor"), MemberKind.MUNICIPALITY, "Kungsör", "1960"),
            Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983")), List.of(
            Target.of(TargetMeasure.COMPLETION_RATE, new BigDecimal("80"), null),
            Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), 12)), List.of(
            "2010-09-06 2011-03-06 C W 16-29 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2010-09-06 2011-03-06 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2010-09-06 2011-03-06 C W 30-49 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT STUDIES/STUDIES",
            "2010-09-06 2011-03-06 C W 50-64 arboga OTHER/SICKNESS_AND_ACTIVITY_COMPENSATION JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2011-03-06 C W 16-29 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2010-09-06 2010-10-20 D W 30-49 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2010-09-06 2011-03-06 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2010-09-06 2011-03-06 C W 50-64 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2011-03-06 C W 16-29 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2011-03-06 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2010-09-06 2011-03-06 C W 30-49 arboga OTHER/SICKNESS_AND_ACTIVITY_COMPENSATION WORK/WORK",
            "2010-09-06 2011-03-06 C W 50-64 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2010-11-14 D W 16-29 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2010-09-06 2011-03-06 C W 30-49 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2010-09-06 2011-03-06 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2010-09-06 2011-03-06 C W 50-64 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2011-01-10 2011-07-10 C W 16-29 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-01-10 2011-07-10 C W 30-49 koping OTHER/SICKNESS_AND_ACTIVITY_COMPENSATION OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2011-01-10 2011-07-10 C W 30-49 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2011-01-10 2011-07-10 C W 50-64 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2011-01-10 2011-02-16 D W 16-29 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2011-01-10 2011-07-10 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-01-10 2011-07-10 C W 30-49 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2011-01-10 2011-07-10 C W 50-64 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2011-01-10 2011-07-10 C W 16-29 kungsor OTHER/SICKNESS_AND_ACTIVITY_COMPENSATION STUDIES/STUDIES",
            "2011-01-10 2011-07-10 C W 30-49 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-01-10 2011-07-10 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2011-01-10 2011-07-10 C W 50-64 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT WORK/WORK",
            "2011-01-10 2011-04-09 D W 16-29 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2011-01-10 2011-07-10 C W 30-49 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT STUDIES/STUDIES",
            "2011-01-10 2011-07-10 C W 30-49 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT"));
    }

    /** {@code vagenIn}: the Norra Västmanland newsletter's project, as the bundled document has it. */
    static ProjectFollowUp vagenIn() {
        return project("Vägen in", "2010-09-01", "2012-12-31", List.of(
            Member.of(id("koping"), MemberKind.MUNICIPALITY, "Köping", "1983"),
            Member.of(id("arboga"), MemberKind.MUNICIPALITY, "Arboga", "1984"),
            Member.of(id("kungsor"), MemberKind.MUNICIPALITY, "Kungsör", "1960")), List.of(
            Target.of(TargetMeasure.CLOSER_TO_WORK, new BigDecimal("50"), 12),
            Target.of(TargetMeasure.IN_WORK_OR_STUDIES_AFTER, new BigDecimal("25"), null),
            Target.of(TargetMeasure.PARTICIPANTS, new BigDecimal("48"), null)), List.of(
            "2010-09-06 2011-01-02 C W 16-29 koping OTHER/FINANCIAL_ASSISTANCE WORK/WORK",
            "2010-09-06 2010-12-26 C W 16-29 koping OTHER/FINANCIAL_ASSISTANCE WORK/WORK",
            "2010-09-06 2010-12-26 C W 30-49 arboga OTHER/FINANCIAL_ASSISTANCE STUDIES/STUDIES",
            "2010-09-06 2011-01-02 C W 30-49 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2010-10-05 D W 50-64 arboga OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2010-09-06 2010-12-26 C W 16-29 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2011-01-02 C W 16-29 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-09-06 2010-12-26 C W 30-49 arboga OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-11-01 2011-02-20 C W 30-49 koping OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2010-11-01 2011-02-27 C M 50-64 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT STUDIES/STUDIES",
            "2010-11-01 2011-02-20 C M 16-29 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-11-01 2010-12-11 D M 16-29 koping OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2010-11-01 2011-02-27 C M 30-49 kungsor OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-11-01 2011-02-20 C M 30-49 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2010-11-01 2011-02-20 C M 50-64 arboga OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2010-11-01 2011-02-27 C M 16-29 koping OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2011-01-10 2011-05-01 C M 16-29 koping OTHER/FINANCIAL_ASSISTANCE STUDIES/STUDIES",
            "2011-01-10 2011-05-01 C W 30-49 kungsor OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-01-10 2011-05-08 C W 30-49 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-01-10 2011-03-02 D W 50-64 arboga OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2011-01-10 2011-05-01 C W 16-29 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-01-10 2011-05-08 C W 16-29 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/FINANCIAL_ASSISTANCE",
            "2011-01-10 2011-05-01 C W 30-49 kungsor OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2011-01-10 2011-05-01 C W 30-49 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-03-07 2011-07-03 C W 50-64 arboga OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-03-07 2011-06-26 C M 16-29 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-03-07 2011-04-02 D M 16-29 arboga OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2011-03-07 2011-07-03 C M 30-49 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-03-07 2011-06-26 C M 30-49 koping OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2011-03-07 2011-06-26 C M 50-64 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/FINANCIAL_ASSISTANCE",
            "2011-03-07 2011-07-03 C M 16-29 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-03-07 2011-06-26 C M 16-29 arboga OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-05-02 2011-08-21 C M 30-49 koping OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-05-02 2011-06-30 D W 30-49 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT OTHER/SICKNESS_AND_REHABILITATION_BENEFIT",
            "2011-05-02 2011-08-21 C W 50-64 kungsor OTHER/FINANCIAL_ASSISTANCE JOB_SEEKING/UNEMPLOYMENT_BENEFIT",
            "2011-05-02 2011-08-21 C W 16-29 koping OTHER/FINANCIAL_ASSISTANCE OTHER/FINANCIAL_ASSISTANCE",
            "2011-05-02 - - W 16-29 arboga OTHER/FINANCIAL_ASSISTANCE -",
            "2011-05-02 - - W 30-49 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT -",
            "2011-05-02 - - W 30-49 koping OTHER/FINANCIAL_ASSISTANCE -",
            "2011-05-02 - - W 50-64 kungsor OTHER/FINANCIAL_ASSISTANCE -",
            "2011-08-22 - - W 16-29 koping OTHER/FINANCIAL_ASSISTANCE -",
            "2011-08-22 - - W 16-29 arboga OTHER/SICKNESS_AND_REHABILITATION_BENEFIT -",
            "2011-08-22 - - M 30-49 koping OTHER/FINANCIAL_ASSISTANCE -",
            "2011-08-22 - - M 30-49 koping OTHER/FINANCIAL_ASSISTANCE -",
            "2011-08-22 - - M 50-64 kungsor OTHER/FINANCIAL_ASSISTANCE -",
            "2011-08-22 - - M 16-29 koping OTHER/SICKNESS_AND_REHABILITATION_BENEFIT -",
            "2011-08-22 - - M 16-29 arboga OTHER/FINANCIAL_ASSISTANCE -",
            "2011-08-22 - - M 30-49 koping OTHER/FINANCIAL_ASSISTANCE -",
            "2011-10-17 - - M 30-49 arboga OTHER/FINANCIAL_ASSISTANCE -"));
    }

    private static ProjectFollowUp project(String name, String start, String end, List<Member> municipalities,
            List<Target> targets, List<String> rows) {
        List<Participant> participants = new ArrayList<>();
        for (String row : rows) {
            String[] f = row.split(" ");
            participants.add(new Participant(LocalDate.parse(f[0]), f[1].equals("-") ? Optional.empty()
                    : Optional.of(LocalDate.parse(f[1])), f[2].equals("-") ? Optional.empty()
                    : Optional.of(f[2].equals("C") ? ExitReason.COMPLETED : ExitReason.DISCONTINUED),
                    f[3].equals("W") ? Gender.WOMAN : Gender.MAN, AgeBand.parse(f[4]), id(f[5]), situation(f[6]),
                    f[7].equals("-") ? Optional.empty() : Optional.of(situation(f[7]))));
        }
        return new ProjectFollowUp(name, Optional.empty(), LocalDate.parse(start), Optional.of(LocalDate.parse(end)),
                municipalities, participants, List.of(), targets);
    }

    private static Situation situation(String text) {
        String[] parts = text.split("/");
        return Situation.of(Occupation.valueOf(parts[0]), SupportSource.valueOf(parts[1]));
    }
}
