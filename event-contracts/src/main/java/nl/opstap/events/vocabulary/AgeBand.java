package nl.opstap.events.vocabulary;

import java.time.LocalDate;
import java.time.Period;

/**
 * A client's age as a band instead of a birth date: enough for the youth rules (under 27), the SROI bonus for 55 and
 * over, and an employer's anonymous profile, without the date that would help identify the person.
 */
public enum AgeBand {
    UNDER_27,
    FROM_27_TO_44,
    FROM_45_TO_54,
    FROM_55;

    /** The band of someone born on {@code dateOfBirth}, on {@code day}. */
    public static AgeBand of(LocalDate dateOfBirth, LocalDate day) {
        int age = Period.between(dateOfBirth, day).getYears();
        if (age < 27) {
            return UNDER_27;
        }
        if (age < 45) {
            return FROM_27_TO_44;
        }
        return age < 55 ? FROM_45_TO_54 : FROM_55;
    }
}
