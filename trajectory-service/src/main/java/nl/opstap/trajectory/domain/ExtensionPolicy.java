package nl.opstap.trajectory.domain;

import java.util.List;
import java.util.Optional;

/**
 * A programme's rules for extensions. Lock-in prevention: a fixed maximum, a limited number of
 * extensions, each with a cap and an allowed reason.
 */
public record ExtensionPolicy(int maxExtensions, int maxMonthsEach, int totalCapMonths, List<String> allowedReasons,
        boolean needsSecondApproval) {

    /** Why a request breaks the policy, or empty when it is within it. */
    public Optional<String> refusalFor(int months, String reasonCode, List<Extension> earlier) {
        List<Extension> granted = earlier.stream().filter(e -> e.status != ExtensionStatus.REFUSED).toList();
        if (maxExtensions == 0) {
            return Optional.of("The programme allows no extension");
        }
        if (granted.size() >= maxExtensions) {
            return Optional.of("The programme allows at most " + maxExtensions + " extension(s); " + granted.size() + " already granted or pending");
        }
        if (months > maxMonthsEach) {
            return Optional.of("An extension may last at most " + maxMonthsEach + " month(s); asked " + months);
        }
        int total = granted.stream().mapToInt(e -> e.months).sum() + months;
        if (totalCapMonths > 0 && total > totalCapMonths) {
            return Optional.of("Extensions may add up to " + totalCapMonths + " month(s); this would make " + total);
        }
        if (!allowedReasons.isEmpty() && !allowedReasons.contains(reasonCode)) {
            return Optional.of("Reason " + reasonCode + " is not allowed; allowed: " + allowedReasons);
        }
        return Optional.empty();
    }
}
