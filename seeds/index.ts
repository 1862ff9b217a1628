/** The seeds as a library: the start script seeds the demo on first start, the benchmark a generated district. */
export { seedDemo, demoRows, DEMO_IDS } from './demo';
export { seedGenerated, generateRows, generatedDistrictCode, MAX_GENERATED_COMPOUNDS, type GenerateOptions } from './generate';
export { uuidFrom } from './ids';
export type { SeedRows, SeedSummary } from './write';
export { seedDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from './accounts';
export { seedDemoQualification, seedGeneratedAssessments, demoAssessments, DEMO_RULES } from './qualification';
export { seedDemoFees } from './fees';
export { seedDemoRenovation, DEMO_RENOVATION_ACTOR } from './renovation';
export { seedDemoGateOperations, demoGateDevices, demoGateRollups } from './gate-operations';
export { seedDemoResidents, demoResidents, DEMO_RESIDENTS_REGISTRAR, type DemoResident } from './residents';
export { seedDemoHotline, DEMO_CALLS } from './hotline';
