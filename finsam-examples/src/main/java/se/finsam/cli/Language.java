package se.finsam.cli;

import java.util.Locale;
import java.util.Map;

/** The languages of the reports ({@code --lang sv|en}). JSON is the same in both. */
enum Language {
    /** Swedish: Swedish words and number format ({@code 1 308 750 kr}). */
    SV(Locale.forLanguageTag("sv-SE")),
    /** English: English words and number format ({@code SEK 1,308,750}). */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale the reports are rendered in. */
    Locale locale() {
        return locale;
    }

    /**
     * The language of the environment, as the C library finds it: the first of {@code LC_ALL},
     * {@code LC_MESSAGES} and {@code LANG} that is set and not empty; Swedish when it starts with {@code sv}
     * ({@code sv_SE.UTF-8}), English otherwise and when none is set.
     *
     * @param env the environment
     * @return the language
     */
    static Language of(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return value.startsWith("sv") ? SV : EN;
            }
        }
        return EN;
    }
}
