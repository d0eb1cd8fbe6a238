package se.finsam.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small national documents for tests, as JSON text; shared with the command line's tests. */
public final class NationalDocuments {

    private NationalDocuments() {
    }

    /**
     * A valid national document: three associations, base 1 000 kr, 50/50, at most 10 % decrease,
     * 12 000 kr of which 900 for supplementary funds (cap 400); the third association has its members.
     */
    public static final String SMALL = """
            {
              "note": "Test data",
              "year": 2016,
              "appropriation": "12000",
              "parameters": {"base": "1000", "supportMeasureWeight": "50", "populationWeight": "50", "maxDecrease": "10"},
              "supplementary": {"pot": "900", "cap": "400"},
              "associations": [
                {"id": "norr", "name": "Samordningsförbundet Norr", "population": 100, "supportMeasure": "4",
                 "previousAllocation": "3000", "supplementaryRequest": "600"},
                {"id": "mitt", "name": "Samordningsförbundet Mitt", "population": 300, "supportMeasure": "2.5",
                 "previousAllocation": "3000", "equityAboveReasonableLevel": true, "matchingOffer": "2000"},
                {"id": "syd", "name": "Samordningsförbundet Syd", "population": 600, "supportMeasure": "3.5",
                 "previousAllocation": "5500", "supplementaryRequest": "300",
                 "members": [
                   {"id": "fk", "kind": "SOCIAL_INSURANCE_AGENCY", "name": "Försäkringskassan"},
                   {"id": "af", "kind": "PUBLIC_EMPLOYMENT_SERVICE", "name": "Arbetsförmedlingen"},
                   {"id": "region", "kind": "REGION", "name": "Region Syd", "code": "12"},
                   {"id": "ystad", "kind": "MUNICIPALITY", "name": "Ystad", "code": "1286"},
                   {"id": "simrishamn", "kind": "MUNICIPALITY", "name": "Simrishamn", "code": "1291"}
                 ],
                 "municipalKey": {"basis": "PERCENTAGES", "values": {"ystad": "60", "simrishamn": "40"}}}
              ]
            }
            """;

    /** Returns {@link #SMALL} with the first occurrence of {@code from} replaced by {@code to}. */
    public static String smallWith(String from, String to) {
        if (!SMALL.contains(from)) {
            throw new IllegalArgumentException("Test document has no '" + from + "'");
        }
        return SMALL.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    }
}
