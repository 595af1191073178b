/** The seeded offer catalog (the same on every database): families with upgrade paths, add-ons and per-offer limits. */
export const catalogOffers = [
  { id: "m365-business-basic", name: "Microsoft 365 Business Basic", category: "Productivity", unitPriceCents: 600, minLicenses: 1, maxLicenses: 300, description: "Web and mobile Office apps, Exchange mail, Teams and 1 TB OneDrive storage." },
  { id: "m365-business-standard", name: "Microsoft 365 Business Standard", category: "Productivity", unitPriceCents: 1250, minLicenses: 1, maxLicenses: 300, description: "Everything in Business Basic plus desktop Office apps and webinars." },
  { id: "m365-business-premium", name: "Microsoft 365 Business Premium", category: "Productivity", unitPriceCents: 2200, minLicenses: 1, maxLicenses: 300, description: "Business Standard plus advanced security, Intune and Entra ID P1." },
  { id: "o365-e1", name: "Office 365 E1", category: "Enterprise", unitPriceCents: 1000, minLicenses: 5, maxLicenses: 10000, description: "Web Office apps, mail, Teams and SharePoint for enterprises." },
  { id: "o365-e3", name: "Office 365 E3", category: "Enterprise", unitPriceCents: 2300, minLicenses: 5, maxLicenses: 10000, description: "E1 plus desktop Office apps, compliance and 100 GB mailboxes." },
  { id: "o365-e5", name: "Office 365 E5", category: "Enterprise", unitPriceCents: 3800, minLicenses: 5, maxLicenses: 10000, description: "E3 plus Teams Phone, Power BI Pro and advanced threat protection." },
  { id: "teams-audio-conferencing", name: "Teams Audio Conferencing", category: "Add-on", unitPriceCents: 400, minLicenses: 1, maxLicenses: 10000, description: "Dial-in numbers for Teams meetings." },
  { id: "defender-endpoint-p1", name: "Microsoft Defender for Endpoint P1", category: "Security", unitPriceCents: 300, minLicenses: 1, maxLicenses: 10000, description: "Next-generation antivirus and attack surface reduction." },
  { id: "defender-endpoint-p2", name: "Microsoft Defender for Endpoint P2", category: "Security", unitPriceCents: 520, minLicenses: 1, maxLicenses: 10000, description: "P1 plus endpoint detection and response and threat hunting." },
  { id: "exchange-online-archiving", name: "Exchange Online Archiving", category: "Add-on", unitPriceCents: 300, minLicenses: 1, maxLicenses: 10000, description: "Unlimited archive mailboxes and legal hold." },
  { id: "entra-id-governance", name: "Microsoft Entra ID Governance (tenant)", category: "Identity", unitPriceCents: 70000, minLicenses: 1, maxLicenses: 1, onePerCustomer: true, description: "Tenant-wide identity governance; one per customer." },
] as const;

export const catalogUpgrades: [string, string][] = [
  ["m365-business-basic", "m365-business-standard"],
  ["m365-business-basic", "m365-business-premium"],
  ["m365-business-standard", "m365-business-premium"],
  ["o365-e1", "o365-e3"],
  ["o365-e1", "o365-e5"],
  ["o365-e3", "o365-e5"],
  ["defender-endpoint-p1", "defender-endpoint-p2"],
];
