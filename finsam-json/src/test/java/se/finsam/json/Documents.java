package se.finsam.json;

/** Small documents for tests, as JSON text. */
final class Documents {

    private Documents() {
    }

    /** A valid document: four members, equal municipal key, total 1 000 000. */
    static final String MINIMAL = """
            {
              "association": {
                "id": "mini",
                "name": "Samordningsförbundet Mini",
                "members": [
                  {"id": "fk", "kind": "SOCIAL_INSURANCE_AGENCY", "name": "Försäkringskassan"},
                  {"id": "af", "kind": "PUBLIC_EMPLOYMENT_SERVICE", "name": "Arbetsförmedlingen"},
                  {"id": "region", "kind": "REGION", "name": "Region Västmanland", "code": "19"},
                  {"id": "koping", "kind": "MUNICIPALITY", "name": "Köping", "code": "1983"},
                  {"id": "arboga", "kind": "MUNICIPALITY", "name": "Arboga", "code": "1984"}
                ],
                "municipalKey": {"basis": "PERCENTAGES", "values": {"koping": "60", "arboga": "40"}}
              },
              "year": 2011,
              "financing": {"total": "1000000"}
            }
            """;

    /** Returns {@link #MINIMAL} with the first occurrence of {@code from} replaced by {@code to}. */
    static String minimalWith(String from, String to) {
        if (!MINIMAL.contains(from)) {
            throw new IllegalArgumentException("Test document has no '" + from + "'");
        }
        return MINIMAL.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }
}
