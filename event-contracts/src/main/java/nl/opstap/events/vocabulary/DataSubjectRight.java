package nl.opstap.events.vocabulary;

/** The data-subject rights (AVG/GDPR) the platform carries out across its services. */
public enum DataSubjectRight {
    /** Art. 15/20: everything the platform holds about the client, as one document. */
    EXPORT,
    /** Art. 17, or the end of the retention period: personal data removed or irreversibly anonymised. */
    ERASURE
}
