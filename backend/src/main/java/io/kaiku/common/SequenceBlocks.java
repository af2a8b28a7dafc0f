package io.kaiku.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Hands out numbers from database sequences created with {@code increment by 50}, one round trip per
 * fifty numbers: each call to nextval reserves a block for this instance, so numbers stay unique
 * across instances (though not in the order they are used).
 */
@ApplicationScoped
public class SequenceBlocks {
    private static final int BLOCK = 50;

    private final EntityManager em;
    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    public SequenceBlocks(EntityManager em) {
        this.em = em;
    }

    public long next(String sequence) {
        return blocks.computeIfAbsent(sequence, name -> new Block()).next(sequence);
    }

    private final class Block {
        private long next;
        private long end;

        synchronized long next(String sequence) {
            if (next == end) {
                long start = ((Number) em.createNativeQuery("select nextval('" + sequence + "')")
                                .getSingleResult())
                        .longValue();
                next = start;
                end = start + BLOCK;
            }
            return next++;
        }
    }
}
