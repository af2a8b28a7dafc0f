package io.kaiku.customer;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepository<Organization> {

    public boolean existsByNameExcept(String name, Long exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? -1L : exceptId) > 0;
    }

    public List<Organization> page(String pattern, String afterName, Long afterId, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (pattern != null) {
            query.append(" and lower(name) like :pattern");
            parameters.and("pattern", pattern);
        }
        if (afterId != null) {
            query.append(" and (lower(name) > :afterName or (lower(name) = :afterName and id > :afterId))");
            parameters.and("afterName", afterName).and("afterId", afterId);
        }
        query.append(" order by lower(name), id");
        return find(query.toString(), parameters).page(0, limit).list();
    }
}
