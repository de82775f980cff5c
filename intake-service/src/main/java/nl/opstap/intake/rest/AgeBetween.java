package nl.opstap.intake.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date of birth giving an age within bounds today (the Amsterdam date, from the validator's clock). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AgeBetween.Validator.class)
public @interface AgeBetween {

    int min();

    int max();

    String message() default "must give an age between {min} and {max} years";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AgeBetween, LocalDate> {

        private int min;
        private int max;

        @Override
        public void initialize(AgeBetween bounds) {
            min = bounds.min();
            max = bounds.max();
        }

        @Override
        public boolean isValid(LocalDate dateOfBirth, ConstraintValidatorContext context) {
            if (dateOfBirth == null) {
                return true;
            }
            LocalDate today = LocalDate.now(context.getClockProvider().getClock());
            return !dateOfBirth.isAfter(today.minusYears(min)) && !dateOfBirth.isBefore(today.minusYears(max));
        }
    }
}
