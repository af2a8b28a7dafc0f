package io.kaiku.ticket;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class TicketStatusConverter implements AttributeConverter<TicketStatus, String> {
    @Override
    public String convertToDatabaseColumn(TicketStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public TicketStatus convertToEntityAttribute(String value) {
        return value == null ? null : TicketStatus.fromString(value);
    }
}
