-- Which instance polls which source: a lease that its holder renews at each poll and that another
-- instance may take once it has expired (its holder died or stopped polling).
CREATE TABLE source_lease (
    source_id   VARCHAR(200) PRIMARY KEY,
    holder      VARCHAR(200) NOT NULL,
    expires_ms  BIGINT       NOT NULL
);
