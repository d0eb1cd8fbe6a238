package se.finsam.followup;

/** A participant's gender as SUS records it. The names are the ones the document format uses. */
public enum Gender {
    /** Kvinna. */
    WOMAN,
    /** Man. */
    MAN
}
