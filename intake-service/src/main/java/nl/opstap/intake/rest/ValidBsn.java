package nl.opstap.intake.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.opstap.intake.domain.Bsn;

/** A BSN: nine digits passing the 11-proef. The message never repeats the value. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidBsn.Validator.class)
public @interface ValidBsn {

    String message() default "must be a valid BSN: 9 digits passing the 11-proef";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidBsn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Bsn.isValid(value);
        }
    }
}
