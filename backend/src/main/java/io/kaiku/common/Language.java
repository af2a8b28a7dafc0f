package io.kaiku.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** One of {@link Languages#SUPPORTED}; a field error with code {@code language} otherwise. */
@Documented
@Constraint(validatedBy = Language.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Language {
    String message() default "must be one of the languages Kaiku speaks: en, fi, ja, hu, lv";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Language, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Languages.isSupported(value);
        }
    }
}
