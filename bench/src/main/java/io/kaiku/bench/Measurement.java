package io.kaiku.bench;

/** One load measurement over HTTP, with what PostgreSQL spent on each of its requests. */
record Measurement(Load.Result http, double databaseMillisPerRequest, double statementsPerRequest) {}
