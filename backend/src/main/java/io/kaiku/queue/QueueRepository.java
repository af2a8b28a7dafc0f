package io.kaiku.queue;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class QueueRepository implements PanacheRepository<Queue> {

    public List<Queue> findAllOrdered(boolean activeOnly) {
        return activeOnly
                ? list("active = true order by position, lower(name)")
                : list("order by position, lower(name)");
    }

    public boolean existsByNameExcept(String name, Long exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? -1L : exceptId) > 0;
    }
}
