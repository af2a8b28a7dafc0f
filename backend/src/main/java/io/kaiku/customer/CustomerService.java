package io.kaiku.customer;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kaiku.common.ConflictException;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Keyset;
import io.kaiku.common.Like;
import io.kaiku.common.Reference;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The people who contact us: records, search and the checks other features rely on. */
@ApplicationScoped
public class CustomerService {
    private static final String SORT = "name";

    private final CustomerRepository customers;
    private final OrganizationRepository organizations;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, OrganizationRepository organizations, Clock clock) {
        this.customers = customers;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * Search by a part of the name, email or phone number, in the name order of {@code language}.
     * Names arrive composed or decomposed (a + combining diaeresis) depending on the keyboard, so
     * the text is compared composed.
     */
    @Transactional
    public CustomerPage search(String text, Long organizationId, String cursor, int limit, String language) {
        String pattern = null;
        String digits = null;
        String gram = null;
        boolean fewMatches = false;
        text = text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
        if (text != null && !text.isBlank() && isShortIdeographic(text.strip())) {
            // One or two kanji or kana: fewer than a trigram, but as telling as a longer Latin
            // fragment, so they are looked up in the index of single characters and pairs.
            gram = text.strip().toLowerCase(Locale.ROOT);
        } else if (text != null && !text.isBlank()) {
            pattern = Like.contains(text);
            String phoneDigits = text.replaceAll("[^0-9+]", "");
            boolean phoneFragment = phoneDigits.replace("+", "").length() >= 3;
            digits = phoneFragment ? phoneDigits : null;
            // Only digits: part of a phone number, which few customers share, so collect the matches
            // rather than walk all customers in name order looking for them. A short "+..." is a
            // country or area code that most customers share: walking finds a page of them at once.
            boolean onlyDigits = phoneFragment && !text.matches(".*\\p{L}.*");
            boolean dialingCode = phoneDigits.startsWith("+") && phoneDigits.length() < 7;
            fewMatches = onlyDigits && !dialingCode;
        }
        // The cursor names the language: a page in another language's order is another list.
        String sort = SORT + "-" + language;
        Keyset.Position after = Keyset.after(cursor, sort, 2);
        List<Row> rows = customers.search(
                new CustomerRepository.Search(pattern, digits, gram, organizationId, language, after, fewMatches),
                limit + 1);
        Keyset.Page<CustomerView> page = Keyset.page(
                rows,
                limit,
                row -> Keyset.cursor(sort, row.getString("name"), row.getLong("id")),
                CustomerService::toView);
        return new CustomerPage(page.items(), page.nextCursor());
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
        return customers.findView(id).map(CustomerService::toView);
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
    public CustomerView update(long id, UpdateCustomerRequest request, ExpectedVersion expected) {
        Customer customer = customers.findByIdOptional(id).orElseThrow(() -> notFound(id));
        expected.check(customer.version, "customer");
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

    /** Deletes a customer who has no tickets and no portal login (those keep the record referenced). */
    @Transactional
    public void delete(long id) {
        Customer customer = customers.findByIdOptional(id).orElseThrow(() -> notFound(id));
        customers.delete(customer);
        customers.flush();
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

    static CustomerView toView(Row row) {
        PostalAddress address = new PostalAddress(
                row.getString("street"),
                row.getString("postal_code"),
                row.getString("city"),
                row.getString("region"),
                row.getString("country"));
        return new CustomerView(
                row.getLong("id"),
                row.getString("name"),
                row.getString("email"),
                row.getString("phone"),
                address.isEmpty() ? null : address,
                Reference.of(row.getNullableLong("organization_id"), row.getString("organization_name")),
                row.getString("language"),
                row.getString("notes"),
                row.getBoolean("portal"),
                row.getInstant("created_at"),
                row.getInstant("updated_at"),
                row.getLong("version"));
    }
}
