package nl.opstap.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import nl.opstap.support.testing.PersonalTestData;

/** Fresh, valid referral bodies with unique references and BSNs, so tests never collide across runs. */
public final class TestData {

    private TestData() {
    }

    private static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();

    /** A random BSN that passes the 11-proef; remembered so the log check can look for it. */
    public static String bsn() {
        String bsn = randomBsn();
        ISSUED.add(bsn);
        return PersonalTestData.remember("bsn", bsn);
    }

    public static Set<String> issuedBsns() {
        return Set.copyOf(ISSUED);
    }

    private static String randomBsn() {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last < 10 && d[0] != 0) {
                d[8] = last;
                StringBuilder s = new StringBuilder();
                for (int digit : d) {
                    s.append(digit);
                }
                return s.toString();
            }
        }
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
