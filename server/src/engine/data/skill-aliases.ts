/**
 * Other names of the same skill, for the `unsupported-skill` rule, beyond what data/tech-names.ts
 * already knows: there, each technology's accepted spellings ("Postgres" for PostgreSQL, "K8s" for
 * Kubernetes, "JS" for JavaScript) and misspellings already count as the same skill. This list adds
 * the longer or vendor-prefixed names and concepts written several ways. Each group is one skill;
 * matching is case-insensitive, by whole words.
 */
export const SKILL_ALIASES: ReadonlyArray<readonly string[]> = [
  ['AWS', 'Amazon Web Services'],
  ['Google Cloud', 'GCP', 'Google Cloud Platform'],
  ['Azure', 'Microsoft Azure'],
  ['S3', 'Amazon S3', 'AWS S3'],
  ['Lambda', 'AWS Lambda'],
  ['REST', 'RESTful', 'REST API', 'REST APIs'],
  ['CI/CD', 'CI', 'CD', 'continuous integration', 'continuous delivery', 'continuous deployment'],
  ['Machine Learning', 'ML'],
  ['Artificial Intelligence', 'AI'],
  ['Large Language Models', 'LLM', 'LLMs'],
  ['Natural Language Processing', 'NLP'],
  ['Microservices', 'microservice', 'micro services', 'service-oriented architecture', 'SOA'],
  ['Distributed Systems', 'distributed system', 'distributed'],
  ['Object-Oriented Programming', 'OOP', 'object-oriented'],
  ['Test-Driven Development', 'TDD'],
  ['Infrastructure as Code', 'IaC'],
  ['Site Reliability Engineering', 'SRE'],
  ['Amazon SQS', 'SQS'],
  ['Amazon DynamoDB', 'DynamoDB'],
  ['Amazon Redshift', 'Redshift'],
  ['Elasticsearch', 'Elastic', 'ELK'],
  ['Unix', 'Linux'],
  ['Shell', 'Bash', 'shell scripting'],
  ['Apache Kafka', 'Kafka'],
  ['Apache Spark', 'Spark', 'PySpark'],
  ['Apache Airflow', 'Airflow'],
  ['Event-Driven Architecture', 'event-driven', 'event driven'],
  ['Message Queues', 'message queue', 'queues', 'queue'],
];
