import type { OrganisationType } from "../../lib/db/generated/enums";

// Who buys: the departments every state government has, and patterns for the offices,
// undertakings, local bodies and panchayats under them and under the central ministries.
// "{district}", "{block}" and "{village}" are filled from geography.json.

export type StateDepartmentKey =
  | "health" | "school" | "higher" | "pwd" | "home" | "revenue" | "agriculture" | "tribal"
  | "wcd" | "energy" | "water" | "urban" | "panchayat" | "cooperation" | "forest" | "gad";

export const STATE_DEPARTMENTS: readonly { key: StateDepartmentKey; name: string; nameHi: string }[] = [
  { key: "health", name: "Department of Public Health and Family Welfare", nameHi: "लोक स्वास्थ्य एवं परिवार कल्याण विभाग" },
  { key: "school", name: "School Education Department", nameHi: "स्कूल शिक्षा विभाग" },
  { key: "higher", name: "Higher Education Department", nameHi: "उच्च शिक्षा विभाग" },
  { key: "pwd", name: "Public Works Department", nameHi: "लोक निर्माण विभाग" },
  { key: "home", name: "Home Department", nameHi: "गृह विभाग" },
  { key: "revenue", name: "Revenue Department", nameHi: "राजस्व विभाग" },
  { key: "agriculture", name: "Department of Farmers Welfare and Agriculture Development", nameHi: "किसान कल्याण तथा कृषि विकास विभाग" },
  { key: "tribal", name: "Tribal Affairs Department", nameHi: "जनजातीय कार्य विभाग" },
  { key: "wcd", name: "Women and Child Development Department", nameHi: "महिला एवं बाल विकास विभाग" },
  { key: "energy", name: "Energy Department", nameHi: "ऊर्जा विभाग" },
  { key: "water", name: "Water Resources Department", nameHi: "जल संसाधन विभाग" },
  { key: "urban", name: "Urban Development and Housing Department", nameHi: "नगरीय विकास एवं आवास विभाग" },
  { key: "panchayat", name: "Panchayat and Rural Development Department", nameHi: "पंचायत एवं ग्रामीण विकास विभाग" },
  { key: "cooperation", name: "Cooperation Department", nameHi: "सहकारिता विभाग" },
  { key: "forest", name: "Forest Department", nameHi: "वन विभाग" },
  { key: "gad", name: "General Administration Department", nameHi: "सामान्य प्रशासन विभाग" },
];

export type Placement = "capital" | "district" | "block" | "village";

export type StateOrganisationPattern = {
  department: StateDepartmentKey;
  type: OrganisationType;
  name: string;
  placement: Placement;
  weight: number;
};

export const STATE_ORGANISATION_PATTERNS: readonly StateOrganisationPattern[] = [
  { department: "health", type: "STATE_DEPARTMENT", name: "Directorate of Health Services", placement: "capital", weight: 1 },
  { department: "health", type: "STATE_DEPARTMENT", name: "District Hospital, {district}", placement: "district", weight: 6 },
  { department: "health", type: "STATE_DEPARTMENT", name: "Office of the Chief Medical and Health Officer, {district}", placement: "district", weight: 4 },
  { department: "health", type: "STATE_DEPARTMENT", name: "Community Health Centre, {block}", placement: "block", weight: 5 },
  { department: "school", type: "STATE_DEPARTMENT", name: "Directorate of Public Instruction", placement: "capital", weight: 1 },
  { department: "school", type: "STATE_DEPARTMENT", name: "Office of the District Education Officer, {district}", placement: "district", weight: 4 },
  { department: "school", type: "STATE_DEPARTMENT", name: "Government Higher Secondary School, {village}", placement: "village", weight: 5 },
  { department: "higher", type: "AUTONOMOUS_BODY", name: "Government College, {district}", placement: "district", weight: 3 },
  { department: "pwd", type: "STATE_DEPARTMENT", name: "Office of the Executive Engineer, PWD Division {district}", placement: "district", weight: 4 },
  { department: "home", type: "STATE_DEPARTMENT", name: "Police Headquarters", placement: "capital", weight: 1 },
  { department: "home", type: "STATE_DEPARTMENT", name: "Office of the Superintendent of Police, {district}", placement: "district", weight: 4 },
  { department: "revenue", type: "STATE_DEPARTMENT", name: "Office of the Collector and District Magistrate, {district}", placement: "district", weight: 5 },
  { department: "revenue", type: "STATE_DEPARTMENT", name: "Tehsil Office, {block}", placement: "block", weight: 3 },
  { department: "agriculture", type: "STATE_DEPARTMENT", name: "Office of the Deputy Director of Agriculture, {district}", placement: "district", weight: 3 },
  { department: "tribal", type: "STATE_DEPARTMENT", name: "Office of the Assistant Commissioner, Tribal Development, {district}", placement: "district", weight: 2 },
  { department: "wcd", type: "STATE_DEPARTMENT", name: "District Programme Office (ICDS), {district}", placement: "district", weight: 3 },
  { department: "energy", type: "PSU", name: "{state} Power Distribution Company, {district} Circle", placement: "district", weight: 3 },
  { department: "water", type: "STATE_DEPARTMENT", name: "Water Resources Division, {district}", placement: "district", weight: 2 },
  { department: "urban", type: "LOCAL_BODY", name: "Municipal Corporation, {district}", placement: "district", weight: 4 },
  { department: "urban", type: "LOCAL_BODY", name: "Nagar Palika Parishad, {block}", placement: "block", weight: 5 },
  { department: "urban", type: "LOCAL_BODY", name: "Nagar Panchayat, {village}", placement: "village", weight: 3 },
  { department: "panchayat", type: "PANCHAYATI_RAJ", name: "Zila Panchayat, {district}", placement: "district", weight: 4 },
  { department: "panchayat", type: "PANCHAYATI_RAJ", name: "Panchayat Samiti, {block}", placement: "block", weight: 6 },
  { department: "panchayat", type: "PANCHAYATI_RAJ", name: "Gram Panchayat {village}", placement: "village", weight: 12 },
  { department: "cooperation", type: "COOPERATIVE", name: "District Central Cooperative Bank, {district}", placement: "district", weight: 2 },
  { department: "forest", type: "STATE_DEPARTMENT", name: "Divisional Forest Office, {district}", placement: "district", weight: 2 },
  { department: "gad", type: "STATE_DEPARTMENT", name: "State Secretariat", placement: "capital", weight: 1 },
];

export type CentralOrganisationPattern = {
  ministry: string; // Ministry.short in ministries.json
  department?: string; // a department of that ministry; the ministry itself when absent
  type: OrganisationType;
  name: string;
  placement: Placement;
  weight: number;
};

export const CENTRAL_ORGANISATION_PATTERNS: readonly CentralOrganisationPattern[] = [
  { ministry: "MoE", department: "Department of School Education and Literacy", type: "AUTONOMOUS_BODY", name: "Kendriya Vidyalaya, {district}", placement: "district", weight: 8 },
  { ministry: "MoE", department: "Department of School Education and Literacy", type: "AUTONOMOUS_BODY", name: "Jawahar Navodaya Vidyalaya, {district}", placement: "district", weight: 5 },
  { ministry: "MoHUA", type: "CENTRAL_MINISTRY", name: "Central Public Works Department, {district} Central Division", placement: "district", weight: 5 },
  { ministry: "MoR", type: "CENTRAL_MINISTRY", name: "Divisional Railway Manager's Office, {district}", placement: "district", weight: 6 },
  { ministry: "MoComm", department: "Department of Posts", type: "CENTRAL_MINISTRY", name: "Head Post Office, {district}", placement: "district", weight: 4 },
  { ministry: "MoComm", department: "Department of Telecommunications", type: "PSU", name: "Bharat Sanchar Nigam Limited, {district} Business Area", placement: "district", weight: 3 },
  { ministry: "MHA", department: "Department of Internal Security", type: "CENTRAL_MINISTRY", name: "CRPF Group Centre, {district}", placement: "district", weight: 3 },
  { ministry: "MHA", department: "Department of Border Management", type: "CENTRAL_MINISTRY", name: "Border Security Force Sector Headquarters, {district}", placement: "district", weight: 2 },
  { ministry: "MoF", department: "Department of Revenue", type: "CENTRAL_MINISTRY", name: "Office of the Principal Commissioner of Income Tax, {district}", placement: "district", weight: 3 },
  { ministry: "MoF", department: "Department of Financial Services", type: "PSU", name: "Life Insurance Corporation of India, Divisional Office {district}", placement: "district", weight: 2 },
  { ministry: "MoLE", type: "AUTONOMOUS_BODY", name: "ESIC Hospital, {district}", placement: "district", weight: 3 },
  { ministry: "MoLE", type: "AUTONOMOUS_BODY", name: "EPFO Regional Office, {district}", placement: "district", weight: 2 },
  { ministry: "MoA&FW", department: "Department of Agricultural Research and Education", type: "AUTONOMOUS_BODY", name: "Krishi Vigyan Kendra, {district}", placement: "district", weight: 4 },
  { ministry: "MoCAF&PD", department: "Department of Food and Public Distribution", type: "PSU", name: "Food Corporation of India, District Office {district}", placement: "district", weight: 3 },
  { ministry: "MoPNG", type: "PSU", name: "Indian Oil Corporation Limited, {district} Divisional Office", placement: "district", weight: 3 },
  { ministry: "MoP", type: "PSU", name: "NTPC Limited, {district} Project", placement: "district", weight: 2 },
  { ministry: "MoC", type: "PSU", name: "Coal India Limited, {district} Area", placement: "district", weight: 3 },
  { ministry: "MoS", type: "PSU", name: "Steel Authority of India Limited, {district} Stockyard", placement: "district", weight: 2 },
  { ministry: "MHI", type: "PSU", name: "Bharat Heavy Electricals Limited, {district} Regional Office", placement: "district", weight: 1 },
  { ministry: "MoD", department: "Department of Defence Production", type: "PSU", name: "Bharat Electronics Limited, {district} Unit", placement: "district", weight: 1 },
  { ministry: "MoD", department: "Department of Military Affairs", type: "CENTRAL_MINISTRY", name: "Station Headquarters, {district}", placement: "district", weight: 4 },
  { ministry: "MoRTH", type: "AUTONOMOUS_BODY", name: "NHAI Project Implementation Unit, {district}", placement: "district", weight: 2 },
  { ministry: "MoCA", type: "AUTONOMOUS_BODY", name: "Airports Authority of India, {district} Airport", placement: "district", weight: 1 },
  { ministry: "MoIB", type: "AUTONOMOUS_BODY", name: "Doordarshan Kendra, {district}", placement: "district", weight: 1 },
  { ministry: "MoJS", department: "Department of Drinking Water and Sanitation", type: "CENTRAL_MINISTRY", name: "Jal Jeevan Mission Project Office, {district}", placement: "district", weight: 2 },
  { ministry: "MoJS", department: "Department of Water Resources, River Development and Ganga Rejuvenation", type: "AUTONOMOUS_BODY", name: "Central Ground Water Board Regional Office, {district}", placement: "district", weight: 1 },
  { ministry: "MeitY", type: "AUTONOMOUS_BODY", name: "National Informatics Centre, {district} District Centre", placement: "district", weight: 3 },
  { ministry: "MNRE", type: "PSU", name: "Solar Energy Corporation of India, {district} Site Office", placement: "district", weight: 1 },
  { ministry: "MoT", type: "CENTRAL_MINISTRY", name: "India Tourism Office, {district}", placement: "district", weight: 1 },
  { ministry: "MoHFW", department: "Department of Health and Family Welfare", type: "AUTONOMOUS_BODY", name: "All India Institute of Medical Sciences, {district}", placement: "district", weight: 1 },
  { ministry: "MoHFW", department: "Department of Health and Family Welfare", type: "CENTRAL_MINISTRY", name: "CGHS Wellness Centre, {district}", placement: "district", weight: 2 },
  { ministry: "MoTex", type: "CENTRAL_MINISTRY", name: "Weavers' Service Centre Procurement Cell, {district}", placement: "district", weight: 1 },
  { ministry: "MoMSME", type: "AUTONOMOUS_BODY", name: "MSME Development and Facilitation Office, {district}", placement: "district", weight: 1 },
  { ministry: "MoRD", department: "Department of Rural Development", type: "AUTONOMOUS_BODY", name: "National Institute of Rural Development Extension Centre, {district}", placement: "district", weight: 1 },
  { ministry: "MoYAS", department: "Department of Sports", type: "AUTONOMOUS_BODY", name: "Sports Authority of India Regional Centre, {district}", placement: "district", weight: 1 },
];

// Village names: a common first part and a common Indian place-name suffix (Rampur, Shivnagar).
export const VILLAGE_PREFIXES = [
  "Ram", "Shiv", "Chand", "Hari", "Sita", "Kishan", "Lakshmi", "Bhim", "Gopal", "Sultan", "Dev", "Mohan",
  "Amar", "Kalyan", "Nand", "Prem", "Sundar", "Madhav", "Bhawani", "Durga", "Kesar", "Motil", "Raghu", "Sheo",
];
export const VILLAGE_SUFFIXES = ["pur", "nagar", "garh", "gaon", "khedi", "wada", "palli", "pura", "ganj", "bad", "kheda", "tola"];

export const STREET_NAMES = [
  "Civil Lines", "Station Road", "Collectorate Campus", "Mahatma Gandhi Marg", "Nehru Nagar", "Industrial Area",
  "Main Bazar", "Gandhi Chowk", "Subhash Marg", "Sadar Bazar", "Court Road", "Hospital Road", "Rajendra Nagar",
  "Shastri Nagar", "Indira Colony", "Ambedkar Chowk", "Tilak Marg", "Vivekananda Road", "New Market", "Sector 4",
];
