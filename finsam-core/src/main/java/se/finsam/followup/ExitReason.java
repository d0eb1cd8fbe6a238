package se.finsam.followup;

/** Why a participant left a project. The names are the ones the document format uses. */
public enum ExitReason {
    /** The participant completed the intervention as planned (fullföljt). */
    COMPLETED,
    /** The participant left before completing it (avbrott). */
    DISCONTINUED
}
