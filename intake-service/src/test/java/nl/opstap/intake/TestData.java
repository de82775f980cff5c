package nl.opstap.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.opstap.support.testing.PersonalTestData;

/** Fresh, valid referral bodies with unique references and BSNs, so tests never collide across runs. */
public final class TestData {

    private TestData() {
    }

    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    /** A random BSN that passes the 11-proef; remembered so the log check can look for it. */
    public static String bsn() {
        String bsn = PersonalTestData.bsn();
        ISSUED.add(bsn);
        return bsn;
    }

    public static Set<String> issuedBsns() {
        return Set.copyOf(ISSUED);
    }

    public static String reference() {
        return "T-" + UUID.randomUUID();
    }

    public static Map<String, Object> referral(String reference, String bsn) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityReference", reference);
        body.put("bsn", bsn);
        body.put("name", Map.of("givenNames", PersonalTestData.remember("given names", "Fatima"),
                "familyName", PersonalTestData.remember("family name", "El Amrani")));
        body.put("dateOfBirth", PersonalTestData.remember("birth date", "1990-04-12"));
        body.put("contact", Map.of("phone", PersonalTestData.remember("phone", "+31612345678"),
                "email", PersonalTestData.remember("email", "f.elamrani@example.nl"), "postcode", "3511 AB"));
        body.put("targetGroup", "PARTICIPATIEWET");
        body.put("benefitSituation", "RETAINED_BENEFIT");
        body.put("question", "Wil graag aan het werk in de groenvoorziening");
        return body;
    }
}
