package nl.opstap.support.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that reads or changes a client's personal data. Every successful call is written to the
 * audit trail ({@link AuditTrail}) once per client it touched, with the category, purpose and legal basis
 * declared here: the "why" of the Logboek Dataverwerkingen. Clients are taken from the path parameter
 * {@code clientId} and from whatever the endpoint adds to {@link AuditSubjects}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {

    /** What kind of data, e.g. {@code identity}, {@code contact}, {@code assessment}, {@code development-plan}. */
    String category();

    /** Why it is processed, in words a client understands, e.g. "Intake for a work-fit trajectory". */
    String purpose();

    /** The legal ground, e.g. "Participatiewet art. 7 (re-integration task of the municipality)". */
    String legalBasis();
}
