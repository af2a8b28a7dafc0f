package io.kaiku.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.kaiku.common.ConflictException;
import io.kaiku.common.ExpectedVersion;
import io.kaiku.common.InvalidRequestException;
import io.kaiku.common.Keyset;
import io.kaiku.common.Like;
import io.kaiku.common.ResourceNotFoundException;
import io.kaiku.common.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Organizations group customers of one company. */
@ApplicationScoped
public class OrganizationService {
    private static final String SORT = "name";

    private final OrganizationRepository organizations;
    private final CustomerRepository customers;
    private final Clock clock;

    public OrganizationService(OrganizationRepository organizations, CustomerRepository customers, Clock clock) {
        this.organizations = organizations;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional
    public OrganizationPage list(String text, String cursor, int limit) {
        String pattern = text == null || text.isBlank() ? null : Like.contains(text);
        List<Row> rows = organizations.page(pattern, Keyset.after(cursor, SORT, 2), limit + 1);
        Keyset.Page<OrganizationView> page = Keyset.page(
                rows,
                limit,
                row -> Keyset.cursor(SORT, row.getString("sort_name"), row.getLong("id")),
                OrganizationView::of);
        return new OrganizationPage(page.items(), page.nextCursor());
    }

    @Transactional
    public OrganizationView get(long id) {
        return OrganizationView.of(require(id));
    }

    @Transactional
    public OrganizationView create(CreateOrganizationRequest request) {
        if (organizations.existsByNameExcept(request.name().strip(), null)) {
            throw new ConflictException("organization.name-taken", "An organization with this name already exists.");
        }
        Instant now = clock.instant();
        Organization organization = new Organization();
        organization.name = request.name().strip();
        organization.domains = normalise(request.domains());
        organization.notes = request.notes();
        organization.createdAt = now;
        organization.updatedAt = now;
        organizations.persist(organization);
        return OrganizationView.of(organization);
    }

    @Transactional
    public OrganizationView update(long id, UpdateOrganizationRequest request, ExpectedVersion expected) {
        Organization organization = require(id);
        expected.check(organization.version, "organization");
        if (request.name != null) {
            String name = request.name
                    .orElseThrow(() -> new InvalidRequestException("name", "required", "An organization needs a name."))
                    .strip();
            if (organizations.existsByNameExcept(name, id)) {
                throw new ConflictException(
                        "organization.name-taken", "An organization with this name already exists.");
            }
            organization.name = name;
        }
        if (request.domains != null) {
            organization.domains = normalise(request.domains.orElse(List.of()));
        }
        if (request.notes != null) {
            organization.notes = request.notes.orElse(null);
        }
        organization.updatedAt = clock.instant();
        organizations.flush();
        return OrganizationView.of(organization);
    }

    /** Deleting an organization keeps its customers; they just no longer belong to it. */
    @Transactional
    public void delete(long id) {
        Organization organization = require(id);
        customers.update("organizationId = null, updatedAt = ?1 where organizationId = ?2", clock.instant(), id);
        organizations.delete(organization);
        organizations.flush();
    }

    private Organization require(long id) {
        return organizations
                .findByIdOptional(id)
                .orElseThrow(() ->
                        new ResourceNotFoundException("organization.not-found", "No organization with id " + id + "."));
    }

    private static List<String> normalise(List<String> domains) {
        List<String> result = new ArrayList<>();
        if (domains != null) {
            domains.stream()
                    .map(d -> d.strip().toLowerCase(java.util.Locale.ROOT))
                    .distinct()
                    .forEach(result::add);
        }
        return result;
    }
}
