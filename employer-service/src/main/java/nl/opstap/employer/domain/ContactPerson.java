package nl.opstap.employer.domain;

/** Someone at the employer the account manager deals with. */
public record ContactPerson(String name, String role, String email, String phone) {
}
