package nl.opstap.intake.domain;

/**
 * The citizen service number (burgerservicenummer). Never rendered in {@link #toString()}: a BSN that
 * slips into a log line or an error message must come out masked.
 */
public final class Bsn {

    private final String digits;

    private Bsn(String digits) {
        this.digits = digits;
    }

    /** Parses a BSN; throws {@link IllegalArgumentException} without echoing the input. */
    public static Bsn of(String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
        return new Bsn(value);
    }

    /**
     * Nine digits passing the 11-proef: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11, and not all zeros.
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int digit = c - '0';
            allZero &= digit == 0;
            sum += (i < 8 ? 9 - i : -1) * digit;
        }
        return !allZero && sum % 11 == 0;
    }

    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
