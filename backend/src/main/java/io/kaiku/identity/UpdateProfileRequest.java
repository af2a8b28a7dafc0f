package io.kaiku.identity;

import java.util.Optional;

import io.kaiku.common.Language;
import io.kaiku.common.TimeZoneId;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every signed-in person may change about themselves. A merge patch: a field left out stays
 * as it is, a field sent as null goes back to following the browser.
 */
public class UpdateProfileRequest {
    @Schema(description = "One of en, fi, ja, hu, lv; null follows the browser", examples = "ja")
    public Optional<@Language String> language;

    @Schema(description = "An IANA time zone; null follows the browser", maxLength = 64, examples = "Asia/Tokyo")
    public Optional<@TimeZoneId @Size(max = 64) String> timeZone;
}
