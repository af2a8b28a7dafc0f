package io.kaiku.customer;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kaiku.common.ConflictException;
import io.kaiku.common.Cursor;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.PreconditionFailedException;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The people who contact us: records, search and the checks other features rely on. */
@ApplicationScoped
public class CustomerService {
    private final CustomerRepository customers;
    private final OrganizationRepository organizations;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, OrganizationRepository organizations, Clock clock) {
        this.customers = customers;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * Search by a part of the name, email or phone number, in name order as {@code language} sorts
     * (one of {@link io.kaiku.common.Languages#SUPPORTED}).
     */
    @Transactional
    public CustomerPage search(String text, Long organizationId, String cursor, int limit, String language) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        Map<String, Object> parameters = new HashMap<>();
        // Names arrive composed or decomposed (a + combining diaeresis) depending on the keyboard.
        text = text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (text != null && !text.isBlank() && isShortIdeographic(text.strip())) {
            // One or two kanji or kana: fewer than a trigram, but as telling as a longer Latin
            // fragment, so they are looked up in the index of single characters and pairs.
            conditions.add("kaiku_short_grams(lower(c.name)) @> array[cast(:gram as text)]");
            parameters.put("gram", text.strip().toLowerCase(Locale.ROOT));
            customers.planForThisPattern(true);
        } else if (text != null && !text.isBlank()) {
            String digits = text.replaceAll("[^0-9+]", "");
            boolean phoneFragment = digits.replace("+", "").length() >= 3;
            String condition = "(lower(c.name) like :pattern or lower(c.email) like :pattern";
            if (phoneFragment) {
                condition += " or regexp_replace(c.phone, '[^0-9+]', '', 'g') like :digits";
                parameters.put("digits", "%" + digits + "%");
            }
            conditions.add(condition + ")");
            parameters.put("pattern", SqlValues.likeContains(text));
            // Only digits: part of a phone number, which few customers share, so collect the matches
            // rather than walk all customers in name order looking for them. A short "+..." is a
            // country or area code that most customers share: walking finds a page of them at once.
            boolean onlyDigits = phoneFragment && !text.matches(".*\\p{L}.*");
            boolean dialingCode = digits.startsWith("+") && digits.length() < 7;
            customers.planForThisPattern(onlyDigits && !dialingCode);
        }
        if (organizationId != null) {
            conditions.add("c.organization_id = :organizationId");
            parameters.put("organizationId", organizationId);
        }
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            conditions.add(
                    "(c.name collate " + CustomerRepository.collation(language) + ", c.id) > (:afterName, :afterId)");
            parameters.put("afterName", parts.get(0));
            parameters.put("afterId", Cursor.decodeLong(parts.get(1)));
        }
        List<CustomerView> rows =
                customers.findViews(String.join(" and ", conditions), parameters, language, limit + 1).stream()
                        .map(CustomerService::toView)
                        .toList();
        String next = null;
        if (rows.size() > limit) {
            CustomerView last = rows.get(limit - 1);
            next = Cursor.encode(List.of(last.name(), Long.toString(last.id())));
        }
        return new CustomerPage(rows.stream().limit(limit).toList(), next);
    }

    @Transactional
    public CustomerView get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** The customer a request body refers to, or a field error naming {@code field}. */
    @Transactional
    public CustomerView requireView(String field, long id) {
        return find(id).orElseThrow(
                        () -> new InvalidRequestException(field, "not-found", "No customer with id " + id + "."));
    }

    private Optional<CustomerView> find(long id) {
        return customers.findViews("c.id = :id", Map.of("id", id), null, 1).stream()
                .map(CustomerService::toView)
                .findFirst();
    }

    @Transactional
    public CustomerView create(CreateCustomerRequest request) {
        String email = blankToNull(request.email());
        if (email != null && customers.existsByEmailExcept(email, null)) {
            throw new ConflictException("customer.email-taken", "A customer with this email already exists.");
        }
        requireOrganization("organizationId", request.organizationId());
        Instant now = clock.instant();
        Customer customer = new Customer();
        customer.name = Normalizer.normalize(request.name().strip(), Normalizer.Form.NFC);
        customer.email = email;
        customer.phone = blankToNull(request.phone());
        customer.address = request.address() == null || request.address().isEmpty() ? null : request.address();
        customer.organizationId = request.organizationId();
        customer.language = request.language();
        customer.notes = request.notes();
        customer.createdAt = now;
        customer.updatedAt = now;
        customers.persist(customer);
        customers.flush();
        return get(customer.id);
    }

    @Transactional
    public CustomerView update(long id, UpdateCustomerRequest request, Long expectedVersion) {
        Customer customer = customers.findByIdOptional(id).orElseThrow(() -> notFound(id));
        Long version = expectedVersion != null ? expectedVersion : request.version;
        if (version != null && version != customer.version) {
            throw new PreconditionFailedException(
                    "customer.version-conflict",
                    "The customer was changed by someone else (now version " + customer.version + ").");
        }
        if (request.name != null) {
            customer.name = request.name
                    .map(name -> Normalizer.normalize(name.strip(), Normalizer.Form.NFC))
                    .orElseThrow(() -> new InvalidRequestException("name", "required", "A customer needs a name."));
        }
        if (request.email != null) {
            String email = request.email.map(CustomerService::blankToNull).orElse(null);
            if (email != null && customers.existsByEmailExcept(email, id)) {
                throw new ConflictException("customer.email-taken", "A customer with this email already exists.");
            }
            customer.email = email;
        }
        if (request.phone != null) {
            customer.phone = request.phone.map(CustomerService::blankToNull).orElse(null);
        }
        if (request.address != null) {
            customer.address = request.address.filter(a -> !a.isEmpty()).orElse(null);
        }
        if (request.organizationId != null) {
            Long organizationId = request.organizationId.orElse(null);
            requireOrganization("organizationId", organizationId);
            customer.organizationId = organizationId;
        }
        if (request.language != null) {
            customer.language = request.language.orElse(null);
        }
        if (request.notes != null) {
            customer.notes = request.notes.orElse(null);
        }
        customer.updatedAt = clock.instant();
        customers.flush();
        return get(id);
    }

    /** Deletes a customer who has no tickets and no portal login (those keep the record referenced). */
    @Transactional
    public void delete(long id) {
        Customer customer = customers.findByIdOptional(id).orElseThrow(() -> notFound(id));
        customers.delete(customer);
        customers.flush();
    }

    /** For other features: the language the customer is spoken to in, or null for the default. */
    @Transactional
    public String language(long id) {
        return customers.findByIdOptional(id).map(c -> c.language).orElse(null);
    }

    /** For other features: the languages of these customers, by id (customers without one left out). */
    @Transactional
    public Map<Long, String> languages(Collection<Long> ids) {
        Map<Long, String> languages = new HashMap<>();
        customers.list("id in ?1 and language is not null", ids).forEach(c -> languages.put(c.id, c.language));
        return languages;
    }

    /** For other features: the customer chose another language (in the portal, or at sign-up). */
    @Transactional
    public void changeLanguage(long id, String language) {
        Customer customer = customers.findByIdOptional(id).orElseThrow(() -> notFound(id));
        customer.language = language;
        customer.updatedAt = clock.instant();
    }

    @Transactional
    public boolean exists(long id) {
        return customers.count("id", id) > 0;
    }

    /** For other features: the customer's reference, or a 400 naming {@code field}. */
    @Transactional
    public Reference requireReference(String field, long id) {
        return customers
                .findByIdOptional(id)
                .map(c -> new Reference(c.id, c.name))
                .orElseThrow(() -> new InvalidRequestException(field, "not-found", "No customer with id " + id + "."));
    }

    private void requireOrganization(String field, Long organizationId) {
        if (organizationId != null && organizations.count("id", organizationId) == 0) {
            throw new InvalidRequestException(field, "not-found", "No organization with id " + organizationId + ".");
        }
    }

    private static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("customer.not-found", "No customer with id " + id + ".");
    }

    /** Japanese and Chinese write names without spaces; one or two of their characters is a name part. */
    static boolean isShortIdeographic(String text) {
        int length = text.codePointCount(0, text.length());
        return length <= 2
                && text.codePoints().allMatch(c -> {
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    return script == Character.UnicodeScript.HAN
                            || script == Character.UnicodeScript.HIRAGANA
                            || script == Character.UnicodeScript.KATAKANA
                            || script == Character.UnicodeScript.HANGUL;
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static CustomerView toView(Object[] row) {
        PostalAddress address = new PostalAddress(
                SqlValues.toText(row[4]),
                SqlValues.toText(row[5]),
                SqlValues.toText(row[6]),
                SqlValues.toText(row[7]),
                SqlValues.toText(row[8]));
        return new CustomerView(
                SqlValues.toPrimitiveLong(row[0]),
                (String) row[1],
                (String) row[2],
                (String) row[3],
                address.isEmpty() ? null : address,
                Reference.of(SqlValues.toLong(row[9]), SqlValues.toText(row[10])),
                (String) row[11],
                (String) row[12],
                SqlValues.toBoolean(row[13]),
                SqlValues.toInstant(row[14]),
                SqlValues.toInstant(row[15]),
                SqlValues.toPrimitiveLong(row[16]));
    }
}
