// generated — do not edit. Source: schema/device-config/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Precompiled ajv standalone validators (schema/device-config): no schema compilation at run time.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeviceConfigFile = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/device-config/device-config.json","title":"DeviceConfigFile","description":"The official Buttplug device-config file, v4 format (buttplug-device-config-v4.json): every protocol, how its devices are found, and their features. Permissive where the reference schema is (unknown keys in protocol objects are ignored, as the reference loader does).","type":"object","properties":{"version":{"$ref":"defs.json#/definitions/ConfigVersion"},"protocols":{"type":"object","additionalProperties":{"$ref":"#/definitions/ProtocolDefinition"}},"user_configs":{"description":"Accepted and ignored, as the reference loader does: user settings belong in the user device-config file.","type":"object"}},"required":["version"],"additionalProperties":false,"definitions":{"ProtocolDefinition":{"title":"ProtocolDefinition","description":"One protocol: communication specifiers, defaults, configurations.","type":"object","properties":{"communication":{"type":"array","items":{"$ref":"defs.json#/definitions/CommunicationSpecifier"}},"defaults":{"$ref":"defs.json#/definitions/DeviceDefaults"},"configurations":{"type":"array","items":{"$ref":"defs.json#/definitions/DeviceConfiguration"}}}}}};
const schema13 = {"title":"ConfigVersion","description":"Version of the device configuration format and data (major 4 for this format).","type":"object","properties":{"major":{"type":"integer","minimum":1},"minor":{"type":"integer","minimum":0}},"required":["major","minor"]};
const schema14 = {"title":"ProtocolDefinition","description":"One protocol: communication specifiers, defaults, configurations.","type":"object","properties":{"communication":{"type":"array","items":{"$ref":"defs.json#/definitions/CommunicationSpecifier"}},"defaults":{"$ref":"defs.json#/definitions/DeviceDefaults"},"configurations":{"type":"array","items":{"$ref":"defs.json#/definitions/DeviceConfiguration"}}}};
const schema15 = {"title":"CommunicationSpecifier","description":"One way a protocol's devices are found: an object with exactly one transport key. Unknown transport keys are tolerated (the reference loader ignores them) but never match.","type":"object","properties":{"btle":{"$ref":"#/definitions/BluetoothLESpecifier"},"websocket":{"$ref":"#/definitions/WebsocketSpecifier"},"serial":{"$ref":"#/definitions/SerialSpecifier"},"usb":{"$ref":"#/definitions/VidPidSpecifier"},"hid":{"$ref":"#/definitions/VidPidSpecifier"},"xinput":{"$ref":"#/definitions/ExistsSpecifier"},"lovense_connect_service":{"$ref":"#/definitions/ExistsSpecifier"}},"minProperties":1,"maxProperties":1};
const schema21 = {"title":"WebsocketSpecifier","description":"A device that connects to the device websocket server and announces itself by name. v4 files write `name`; v2-era files and Intiface documentation write `names` (a list); both are accepted.","type":"object","properties":{"name":{"type":"string","minLength":1},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}},"additionalProperties":false,"minProperties":1};
const schema22 = {"title":"SerialSpecifier","description":"A serial-port device.","type":"object","properties":{"port":{"type":"string"},"baud_rate":{"type":"integer"},"data_bits":{"type":"integer"},"parity":{"type":"string"},"stop_bits":{"type":"integer"}},"required":["port","baud_rate","data_bits","parity","stop_bits"],"additionalProperties":false};
const schema23 = {"title":"VidPidSpecifier","description":"USB/HID vendor and product id pairs.","type":"object","properties":{"pairs":{"type":"array","minItems":1,"items":{"type":"object","properties":{"vendor_id":{"type":"integer","minimum":0,"maximum":65535},"product_id":{"type":"integer","minimum":0,"maximum":65535}},"required":["vendor_id","product_id"],"additionalProperties":false}}},"required":["pairs"]};
const schema25 = {"title":"ExistsSpecifier","description":"A transport with nothing to match on (XInput, Lovense Connect service).","type":"object","properties":{"exists":{"type":"boolean"}}};
const schema16 = {"title":"BluetoothLESpecifier","description":"How a BLE device of a protocol is recognised (advertised names with a trailing * wildcard, manufacturer data, advertised services) and which services/characteristics it uses.","type":"object","properties":{"names":{"type":"array","items":{"type":"string"},"minItems":1},"manufacturer_data":{"type":"array","items":{"$ref":"#/definitions/ManufacturerData"}},"advertised_services":{"type":"array","items":{"$ref":"#/definitions/Uuid"}},"services":{"type":"object","patternProperties":{"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$":{"$ref":"#/definitions/Endpoints"}},"additionalProperties":false,"minProperties":1}},"required":["names","services"],"additionalProperties":false};
const schema17 = {"title":"ManufacturerData","description":"BLE manufacturer data to match: the company id, and optionally bytes that must appear in the advertised data.","type":"object","properties":{"company":{"type":"integer","minimum":0,"maximum":65535},"expected_length":{"type":"integer","minimum":0},"data":{"type":"array","items":{"type":"integer","minimum":0,"maximum":255}}},"required":["company"]};
const schema18 = {"description":"A lower-case UUID, as the config writes them.","type":"string","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"};
const pattern0 = new RegExp("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "u");
const schema19 = {"title":"Endpoints","description":"Endpoint name (tx, rx, command, …) → characteristic UUID inside one BLE service.","type":"object","patternProperties":{"^(command|firmware|rx|rxaccel|rxblebattery|rxblemodel|rxpressure|rxtouch|tx|txmode|txshock|txvibrate|txvendorcontrol|whitelist|generic[1-2]?[0-9]|generic3[0-1])$":{"$ref":"#/definitions/Uuid"}},"additionalProperties":false,"minProperties":1};
const pattern3 = new RegExp("^(command|firmware|rx|rxaccel|rxblebattery|rxblemodel|rxpressure|rxtouch|tx|txmode|txshock|txvibrate|txvendorcontrol|whitelist|generic[1-2]?[0-9]|generic3[0-1])$", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(pattern3.test(key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
if(pattern3.test(key1)){
let data0 = data[key1];
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.names === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.services === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"},message:"must have required property '"+"services"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "names") || (key0 === "manufacturer_data")) || (key0 === "advertised_services")) || (key0 === "services"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.names !== undefined){
let data0 = data.names;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err4 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.manufacturer_data !== undefined){
let data2 = data.manufacturer_data;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.company === undefined){
const err6 = {instancePath:instancePath+"/manufacturer_data/" + i1,schemaPath:"#/definitions/ManufacturerData/required",keyword:"required",params:{missingProperty: "company"},message:"must have required property '"+"company"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3.company !== undefined){
let data4 = data3.company;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err7 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/company",schemaPath:"#/definitions/ManufacturerData/properties/company/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 65535 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/company",schemaPath:"#/definitions/ManufacturerData/properties/company/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err9 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/company",schemaPath:"#/definitions/ManufacturerData/properties/company/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data3.expected_length !== undefined){
let data5 = data3.expected_length;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err10 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/expected_length",schemaPath:"#/definitions/ManufacturerData/properties/expected_length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/expected_length",schemaPath:"#/definitions/ManufacturerData/properties/expected_length/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data3.data !== undefined){
let data6 = data3.data;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/data/" + i2,schemaPath:"#/definitions/ManufacturerData/properties/data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 255 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/data/" + i2,schemaPath:"#/definitions/ManufacturerData/properties/data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/data/" + i2,schemaPath:"#/definitions/ManufacturerData/properties/data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/manufacturer_data/" + i1+"/data",schemaPath:"#/definitions/ManufacturerData/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/manufacturer_data/" + i1,schemaPath:"#/definitions/ManufacturerData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/manufacturer_data",schemaPath:"#/properties/manufacturer_data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.advertised_services !== undefined){
let data8 = data.advertised_services;
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err18 = {instancePath:instancePath+"/advertised_services/" + i3,schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/advertised_services/" + i3,schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/advertised_services",schemaPath:"#/properties/advertised_services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.services !== undefined){
let data10 = data.services;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err21 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data10){
if(!(pattern0.test(key1))){
const err22 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
for(const key2 in data10){
if(pattern0.test(key2)){
if(!(validate15(data10[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

const func2 = require("ajv/dist/runtime/ucs2length").default;

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.btle !== undefined){
if(!(validate14(data.btle, {instancePath:instancePath+"/btle",parentData:data,parentDataProperty:"btle",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.websocket !== undefined){
let data1 = data.websocket;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err2 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/WebsocketSpecifier/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "names"))){
const err3 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/WebsocketSpecifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/websocket/name",schemaPath:"#/definitions/WebsocketSpecifier/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/websocket/name",schemaPath:"#/definitions/WebsocketSpecifier/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.names !== undefined){
let data3 = data1.names;
if(Array.isArray(data3)){
if(data3.length < 1){
const err6 = {instancePath:instancePath+"/websocket/names",schemaPath:"#/definitions/WebsocketSpecifier/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/websocket/names/" + i0,schemaPath:"#/definitions/WebsocketSpecifier/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/websocket/names/" + i0,schemaPath:"#/definitions/WebsocketSpecifier/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/websocket/names",schemaPath:"#/definitions/WebsocketSpecifier/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/WebsocketSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.serial !== undefined){
let data5 = data.serial;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.port === undefined){
const err11 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.baud_rate === undefined){
const err12 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "baud_rate"},message:"must have required property '"+"baud_rate"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.data_bits === undefined){
const err13 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "data_bits"},message:"must have required property '"+"data_bits"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.parity === undefined){
const err14 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "parity"},message:"must have required property '"+"parity"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.stop_bits === undefined){
const err15 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "stop_bits"},message:"must have required property '"+"stop_bits"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "port") || (key1 === "baud_rate")) || (key1 === "data_bits")) || (key1 === "parity")) || (key1 === "stop_bits"))){
const err16 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.port !== undefined){
if(typeof data5.port !== "string"){
const err17 = {instancePath:instancePath+"/serial/port",schemaPath:"#/definitions/SerialSpecifier/properties/port/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.baud_rate !== undefined){
let data7 = data5.baud_rate;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/serial/baud_rate",schemaPath:"#/definitions/SerialSpecifier/properties/baud_rate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.data_bits !== undefined){
let data8 = data5.data_bits;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/serial/data_bits",schemaPath:"#/definitions/SerialSpecifier/properties/data_bits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.parity !== undefined){
if(typeof data5.parity !== "string"){
const err20 = {instancePath:instancePath+"/serial/parity",schemaPath:"#/definitions/SerialSpecifier/properties/parity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.stop_bits !== undefined){
let data10 = data5.stop_bits;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err21 = {instancePath:instancePath+"/serial/stop_bits",schemaPath:"#/definitions/SerialSpecifier/properties/stop_bits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.usb !== undefined){
let data11 = data.usb;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.pairs === undefined){
const err23 = {instancePath:instancePath+"/usb",schemaPath:"#/definitions/VidPidSpecifier/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11.pairs !== undefined){
let data12 = data11.pairs;
if(Array.isArray(data12)){
if(data12.length < 1){
const err24 = {instancePath:instancePath+"/usb/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.vendor_id === undefined){
const err25 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "vendor_id"},message:"must have required property '"+"vendor_id"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13.product_id === undefined){
const err26 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "vendor_id") || (key2 === "product_id"))){
const err27 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.vendor_id !== undefined){
let data14 = data13.vendor_id;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err28 = {instancePath:instancePath+"/usb/pairs/" + i1+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 65535 || isNaN(data14)){
const err29 = {instancePath:instancePath+"/usb/pairs/" + i1+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/usb/pairs/" + i1+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data13.product_id !== undefined){
let data15 = data13.product_id;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/usb/pairs/" + i1+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 65535 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/usb/pairs/" + i1+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/usb/pairs/" + i1+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/usb/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/usb",schemaPath:"#/definitions/VidPidSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.hid !== undefined){
let data16 = data.hid;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.pairs === undefined){
const err37 = {instancePath:instancePath+"/hid",schemaPath:"#/definitions/VidPidSpecifier/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data16.pairs !== undefined){
let data17 = data16.pairs;
if(Array.isArray(data17)){
if(data17.length < 1){
const err38 = {instancePath:instancePath+"/hid/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.vendor_id === undefined){
const err39 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "vendor_id"},message:"must have required property '"+"vendor_id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data18.product_id === undefined){
const err40 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key3 in data18){
if(!((key3 === "vendor_id") || (key3 === "product_id"))){
const err41 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.vendor_id !== undefined){
let data19 = data18.vendor_id;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err42 = {instancePath:instancePath+"/hid/pairs/" + i2+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 65535 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/hid/pairs/" + i2+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err44 = {instancePath:instancePath+"/hid/pairs/" + i2+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data18.product_id !== undefined){
let data20 = data18.product_id;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err45 = {instancePath:instancePath+"/hid/pairs/" + i2+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 65535 || isNaN(data20)){
const err46 = {instancePath:instancePath+"/hid/pairs/" + i2+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err47 = {instancePath:instancePath+"/hid/pairs/" + i2+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/hid/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/hid",schemaPath:"#/definitions/VidPidSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.xinput !== undefined){
let data21 = data.xinput;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.exists !== undefined){
if(typeof data21.exists !== "boolean"){
const err51 = {instancePath:instancePath+"/xinput/exists",schemaPath:"#/definitions/ExistsSpecifier/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/xinput",schemaPath:"#/definitions/ExistsSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.lovense_connect_service !== undefined){
let data23 = data.lovense_connect_service;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.exists !== undefined){
if(typeof data23.exists !== "boolean"){
const err53 = {instancePath:instancePath+"/lovense_connect_service/exists",schemaPath:"#/definitions/ExistsSpecifier/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/lovense_connect_service",schemaPath:"#/definitions/ExistsSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema27 = {"title":"DeviceDefaults","description":"What every device of a protocol has unless a configuration says otherwise.","type":"object","properties":{"name":{"type":"string"},"id":{"$ref":"#/definitions/Uuid"},"protocol_variant":{"type":"string"},"message_gap_ms":{"type":"integer","minimum":0},"features":{"type":"array","items":{"$ref":"#/definitions/ConfigFeature"}}},"required":["name","features","id"]};
const schema29 = {"title":"ConfigFeature","description":"One feature of a device: its index, a description, outputs and inputs.","type":"object","properties":{"index":{"type":"integer","minimum":0},"description":{"type":"string"},"id":{"$ref":"#/definitions/Uuid"},"output":{"$ref":"#/definitions/ConfigFeatureOutput"},"input":{"$ref":"#/definitions/ConfigFeatureInput"},"feature_settings":{"type":"object","properties":{"alt_protocol_index":{"type":"integer","minimum":0}}}},"required":["index","id"],"additionalProperties":false};
const schema31 = {"title":"ConfigFeatureOutput","description":"Output kinds of a feature (config spelling; `hw_position_with_duration` is v4 HwPositionWithDuration).","type":"object","properties":{"vibrate":{"$ref":"#/definitions/ConfigOutputValue"},"rotate":{"$ref":"#/definitions/ConfigOutputValue"},"oscillate":{"$ref":"#/definitions/ConfigOutputValue"},"constrict":{"$ref":"#/definitions/ConfigOutputValue"},"spray":{"$ref":"#/definitions/ConfigOutputValue"},"position":{"$ref":"#/definitions/ConfigOutputValue"},"temperature":{"$ref":"#/definitions/ConfigOutputValue"},"led":{"$ref":"#/definitions/ConfigOutputValue"},"hw_position_with_duration":{"$ref":"#/definitions/ConfigOutputWithDuration"}}};
const schema32 = {"title":"ConfigOutputValue","description":"An output's hardware step range.","type":"object","properties":{"value":{"$ref":"#/definitions/ValueRange"}},"required":["value"]};
const schema33 = {"title":"ValueRange","description":"Inclusive [low, high] range of hardware steps; the low end of an output range is its stop value.","type":"array","items":{"type":"integer"},"minItems":2,"maxItems":2};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value !== undefined){
let data0 = data.value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/ValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 2){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/ValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/ValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/ValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

const schema34 = {"title":"ConfigOutputWithDuration","description":"hw_position_with_duration: position steps and duration range (ms).","type":"object","properties":{"value":{"$ref":"#/definitions/ValueRange"},"duration":{"$ref":"#/definitions/ValueRange"}},"required":["value","duration"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.duration === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.value !== undefined){
let data0 = data.value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err2 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/ValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/ValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/ValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/ValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.duration !== undefined){
let data2 = data.duration;
if(Array.isArray(data2)){
if(data2.length > 2){
const err6 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/ValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.length < 2){
const err7 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/ValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/duration/" + i1,schemaPath:"#/definitions/ValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/ValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vibrate !== undefined){
if(!(validate22(data.vibrate, {instancePath:instancePath+"/vibrate",parentData:data,parentDataProperty:"vibrate",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.rotate !== undefined){
if(!(validate22(data.rotate, {instancePath:instancePath+"/rotate",parentData:data,parentDataProperty:"rotate",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.oscillate !== undefined){
if(!(validate22(data.oscillate, {instancePath:instancePath+"/oscillate",parentData:data,parentDataProperty:"oscillate",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.constrict !== undefined){
if(!(validate22(data.constrict, {instancePath:instancePath+"/constrict",parentData:data,parentDataProperty:"constrict",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.spray !== undefined){
if(!(validate22(data.spray, {instancePath:instancePath+"/spray",parentData:data,parentDataProperty:"spray",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.position !== undefined){
if(!(validate22(data.position, {instancePath:instancePath+"/position",parentData:data,parentDataProperty:"position",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.temperature !== undefined){
if(!(validate22(data.temperature, {instancePath:instancePath+"/temperature",parentData:data,parentDataProperty:"temperature",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.led !== undefined){
if(!(validate22(data.led, {instancePath:instancePath+"/led",parentData:data,parentDataProperty:"led",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data.hw_position_with_duration !== undefined){
if(!(validate31(data.hw_position_with_duration, {instancePath:instancePath+"/hw_position_with_duration",parentData:data,parentDataProperty:"hw_position_with_duration",rootData}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

const schema37 = {"title":"ConfigFeatureInput","description":"Input kinds of a feature (config spelling).","type":"object","properties":{"battery":{"$ref":"#/definitions/ConfigInput"},"rssi":{"$ref":"#/definitions/ConfigInput"},"pressure":{"$ref":"#/definitions/ConfigInput"},"button":{"$ref":"#/definitions/ConfigInput"},"depth":{"$ref":"#/definitions/ConfigInput"},"position":{"$ref":"#/definitions/ConfigInput"}}};
const schema38 = {"title":"ConfigInput","description":"An input's reading ranges and the InputCommandTypes it supports.","type":"object","properties":{"value":{"type":"array","items":{"$ref":"#/definitions/ValueRange"},"minItems":1},"command":{"type":"array","items":{"type":"string","enum":["Read","Subscribe"]}}},"required":["value","command"],"additionalProperties":false};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.command === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "value") || (key0 === "command"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
let data0 = data.value;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(Array.isArray(data1)){
if(data1.length > 2){
const err4 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/ValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 2){
const err5 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/ValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data1.length;
for(let i1=0; i1<len1; i1++){
let data2 = data1[i1];
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/value/" + i0+"/" + i1,schemaPath:"#/definitions/ValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/ValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.command !== undefined){
let data3 = data.command;
if(Array.isArray(data3)){
const len2 = data3.length;
for(let i2=0; i2<len2; i2++){
let data4 = data3[i2];
if(typeof data4 !== "string"){
const err9 = {instancePath:instancePath+"/command/" + i2,schemaPath:"#/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((data4 === "Read") || (data4 === "Subscribe"))){
const err10 = {instancePath:instancePath+"/command/" + i2,schemaPath:"#/properties/command/items/enum",keyword:"enum",params:{allowedValues: schema38.properties.command.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/command",schemaPath:"#/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.battery !== undefined){
if(!(validate35(data.battery, {instancePath:instancePath+"/battery",parentData:data,parentDataProperty:"battery",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.rssi !== undefined){
if(!(validate35(data.rssi, {instancePath:instancePath+"/rssi",parentData:data,parentDataProperty:"rssi",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.pressure !== undefined){
if(!(validate35(data.pressure, {instancePath:instancePath+"/pressure",parentData:data,parentDataProperty:"pressure",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.button !== undefined){
if(!(validate35(data.button, {instancePath:instancePath+"/button",parentData:data,parentDataProperty:"button",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.depth !== undefined){
if(!(validate35(data.depth, {instancePath:instancePath+"/depth",parentData:data,parentDataProperty:"depth",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.position !== undefined){
if(!(validate35(data.position, {instancePath:instancePath+"/position",parentData:data,parentDataProperty:"position",rootData}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.index === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "index") || (key0 === "description")) || (key0 === "id")) || (key0 === "output")) || (key0 === "input")) || (key0 === "feature_settings"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.index !== undefined){
let data0 = data.index;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data2 = data.id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.output !== undefined){
if(!(validate21(data.output, {instancePath:instancePath+"/output",parentData:data,parentDataProperty:"output",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.input !== undefined){
if(!(validate34(data.input, {instancePath:instancePath+"/input",parentData:data,parentDataProperty:"input",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
if(data.feature_settings !== undefined){
let data5 = data.feature_settings;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.alt_protocol_index !== undefined){
let data6 = data5.alt_protocol_index;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err8 = {instancePath:instancePath+"/feature_settings/alt_protocol_index",schemaPath:"#/properties/feature_settings/properties/alt_protocol_index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err9 = {instancePath:instancePath+"/feature_settings/alt_protocol_index",schemaPath:"#/properties/feature_settings/properties/alt_protocol_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/feature_settings",schemaPath:"#/properties/feature_settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.features === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.protocol_variant !== undefined){
if(typeof data.protocol_variant !== "string"){
const err6 = {instancePath:instancePath+"/protocol_variant",schemaPath:"#/properties/protocol_variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.message_gap_ms !== undefined){
let data3 = data.message_gap_ms;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.features !== undefined){
let data4 = data.features;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate20(data4[i0], {instancePath:instancePath+"/features/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

const schema40 = {"title":"DeviceConfiguration","description":"A device model of a protocol, chosen by identifier (the advertised name, or what the protocol's identification step reports). Fields it leaves out come from the defaults.","type":"object","properties":{"identifier":{"type":"array","items":{"type":"string"},"minItems":1},"name":{"type":"string"},"id":{"$ref":"#/definitions/Uuid"},"protocol_variant":{"type":"string"},"message_gap_ms":{"type":"integer","minimum":0},"features":{"type":"array","items":{"$ref":"#/definitions/ConfigFeature"}}},"required":["name","identifier","id"],"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.identifier === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "identifier") || (key0 === "name")) || (key0 === "id")) || (key0 === "protocol_variant")) || (key0 === "message_gap_ms")) || (key0 === "features"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.identifier !== undefined){
let data0 = data.identifier;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err5 = {instancePath:instancePath+"/identifier/" + i0,schemaPath:"#/properties/identifier/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data3 = data.id;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.protocol_variant !== undefined){
if(typeof data.protocol_variant !== "string"){
const err10 = {instancePath:instancePath+"/protocol_variant",schemaPath:"#/properties/protocol_variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.message_gap_ms !== undefined){
let data5 = data.message_gap_ms;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.features !== undefined){
let data6 = data.features;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate20(data6[i1], {instancePath:instancePath+"/features/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.communication !== undefined){
let data0 = data.communication;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate13(data0[i0], {instancePath:instancePath+"/communication/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/communication",schemaPath:"#/properties/communication/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate19(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
}
if(data.configurations !== undefined){
let data3 = data.configurations;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate45(data3[i1], {instancePath:instancePath+"/configurations/" + i1,parentData:data3,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/configurations",schemaPath:"#/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/device-config/device-config.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "protocols")) || (key0 === "user_configs"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.major === undefined){
const err2 = {instancePath:instancePath+"/version",schemaPath:"defs.json#/definitions/ConfigVersion/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.minor === undefined){
const err3 = {instancePath:instancePath+"/version",schemaPath:"defs.json#/definitions/ConfigVersion/required",keyword:"required",params:{missingProperty: "minor"},message:"must have required property '"+"minor"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.major !== undefined){
let data1 = data0.major;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/version/major",schemaPath:"defs.json#/definitions/ConfigVersion/properties/major/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/version/major",schemaPath:"defs.json#/definitions/ConfigVersion/properties/major/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data0.minor !== undefined){
let data2 = data0.minor;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/version/minor",schemaPath:"defs.json#/definitions/ConfigVersion/properties/minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/version/minor",schemaPath:"defs.json#/definitions/ConfigVersion/properties/minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/version",schemaPath:"defs.json#/definitions/ConfigVersion/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.protocols !== undefined){
let data3 = data.protocols;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate12(data3[key1], {instancePath:instancePath+"/protocols/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/protocols",schemaPath:"#/properties/protocols/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.user_configs !== undefined){
let data5 = data.user_configs;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err10 = {instancePath:instancePath+"/user_configs",schemaPath:"#/properties/user_configs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.UserDeviceConfigFile = validate49;
const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/device-config/user-device-config.json","title":"UserDeviceConfigFile","description":"A user device-config file as Intiface writes it: v4 layout `user_configs` → `protocols` (extra specifiers/configurations) and `devices` (per-device settings), or the older v2 layout `user-configs` → `specifiers` / `devices`.","type":"object","properties":{"version":{"$ref":"defs.json#/definitions/ConfigVersion"},"user_configs":{"title":"UserConfigs","type":"object","properties":{"protocols":{"type":"object","additionalProperties":{"$ref":"defs.json#/definitions/UserProtocolDefinition"}},"devices":{"type":"array","items":{"$ref":"defs.json#/definitions/UserDeviceEntry"}}},"additionalProperties":false},"user-configs":{"title":"V2UserConfigs","type":"object","properties":{"specifiers":{"type":"object","additionalProperties":{"$ref":"defs.json#/definitions/V2ProtocolSpecifiers"}},"devices":{"type":"array","items":{"$ref":"defs.json#/definitions/V2UserDeviceEntry"}}},"additionalProperties":false}},"required":["version"],"additionalProperties":false};
const schema44 = {"title":"UserProtocolDefinition","description":"User additions to a protocol: extra communication specifiers and extra configurations.","type":"object","properties":{"communication":{"type":"array","items":{"$ref":"#/definitions/CommunicationSpecifier"}},"configurations":{"type":"array","items":{"$ref":"#/definitions/DeviceConfiguration"}},"defaults":{"$ref":"#/definitions/DeviceDefaults"},"devices":{"type":"object","properties":{"configurations":{"type":"array","items":{"$ref":"#/definitions/DeviceConfiguration"}}}}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.btle !== undefined){
if(!(validate14(data.btle, {instancePath:instancePath+"/btle",parentData:data,parentDataProperty:"btle",rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
if(data.websocket !== undefined){
let data1 = data.websocket;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length < 1){
const err2 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/WebsocketSpecifier/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data1){
if(!((key0 === "name") || (key0 === "names"))){
const err3 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/WebsocketSpecifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.name !== undefined){
let data2 = data1.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err4 = {instancePath:instancePath+"/websocket/name",schemaPath:"#/definitions/WebsocketSpecifier/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/websocket/name",schemaPath:"#/definitions/WebsocketSpecifier/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.names !== undefined){
let data3 = data1.names;
if(Array.isArray(data3)){
if(data3.length < 1){
const err6 = {instancePath:instancePath+"/websocket/names",schemaPath:"#/definitions/WebsocketSpecifier/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err7 = {instancePath:instancePath+"/websocket/names/" + i0,schemaPath:"#/definitions/WebsocketSpecifier/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/websocket/names/" + i0,schemaPath:"#/definitions/WebsocketSpecifier/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/websocket/names",schemaPath:"#/definitions/WebsocketSpecifier/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/WebsocketSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.serial !== undefined){
let data5 = data.serial;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.port === undefined){
const err11 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.baud_rate === undefined){
const err12 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "baud_rate"},message:"must have required property '"+"baud_rate"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.data_bits === undefined){
const err13 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "data_bits"},message:"must have required property '"+"data_bits"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.parity === undefined){
const err14 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "parity"},message:"must have required property '"+"parity"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.stop_bits === undefined){
const err15 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/required",keyword:"required",params:{missingProperty: "stop_bits"},message:"must have required property '"+"stop_bits"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "port") || (key1 === "baud_rate")) || (key1 === "data_bits")) || (key1 === "parity")) || (key1 === "stop_bits"))){
const err16 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.port !== undefined){
if(typeof data5.port !== "string"){
const err17 = {instancePath:instancePath+"/serial/port",schemaPath:"#/definitions/SerialSpecifier/properties/port/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.baud_rate !== undefined){
let data7 = data5.baud_rate;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err18 = {instancePath:instancePath+"/serial/baud_rate",schemaPath:"#/definitions/SerialSpecifier/properties/baud_rate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.data_bits !== undefined){
let data8 = data5.data_bits;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err19 = {instancePath:instancePath+"/serial/data_bits",schemaPath:"#/definitions/SerialSpecifier/properties/data_bits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.parity !== undefined){
if(typeof data5.parity !== "string"){
const err20 = {instancePath:instancePath+"/serial/parity",schemaPath:"#/definitions/SerialSpecifier/properties/parity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.stop_bits !== undefined){
let data10 = data5.stop_bits;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err21 = {instancePath:instancePath+"/serial/stop_bits",schemaPath:"#/definitions/SerialSpecifier/properties/stop_bits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/SerialSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.usb !== undefined){
let data11 = data.usb;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.pairs === undefined){
const err23 = {instancePath:instancePath+"/usb",schemaPath:"#/definitions/VidPidSpecifier/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data11.pairs !== undefined){
let data12 = data11.pairs;
if(Array.isArray(data12)){
if(data12.length < 1){
const err24 = {instancePath:instancePath+"/usb/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.vendor_id === undefined){
const err25 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "vendor_id"},message:"must have required property '"+"vendor_id"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13.product_id === undefined){
const err26 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "vendor_id") || (key2 === "product_id"))){
const err27 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data13.vendor_id !== undefined){
let data14 = data13.vendor_id;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err28 = {instancePath:instancePath+"/usb/pairs/" + i1+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 65535 || isNaN(data14)){
const err29 = {instancePath:instancePath+"/usb/pairs/" + i1+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/usb/pairs/" + i1+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data13.product_id !== undefined){
let data15 = data13.product_id;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err31 = {instancePath:instancePath+"/usb/pairs/" + i1+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 65535 || isNaN(data15)){
const err32 = {instancePath:instancePath+"/usb/pairs/" + i1+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err33 = {instancePath:instancePath+"/usb/pairs/" + i1+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {instancePath:instancePath+"/usb/pairs/" + i1,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/usb/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/usb",schemaPath:"#/definitions/VidPidSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.hid !== undefined){
let data16 = data.hid;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.pairs === undefined){
const err37 = {instancePath:instancePath+"/hid",schemaPath:"#/definitions/VidPidSpecifier/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data16.pairs !== undefined){
let data17 = data16.pairs;
if(Array.isArray(data17)){
if(data17.length < 1){
const err38 = {instancePath:instancePath+"/hid/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len2 = data17.length;
for(let i2=0; i2<len2; i2++){
let data18 = data17[i2];
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.vendor_id === undefined){
const err39 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "vendor_id"},message:"must have required property '"+"vendor_id"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data18.product_id === undefined){
const err40 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/required",keyword:"required",params:{missingProperty: "product_id"},message:"must have required property '"+"product_id"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key3 in data18){
if(!((key3 === "vendor_id") || (key3 === "product_id"))){
const err41 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.vendor_id !== undefined){
let data19 = data18.vendor_id;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
const err42 = {instancePath:instancePath+"/hid/pairs/" + i2+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 65535 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/hid/pairs/" + i2+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err44 = {instancePath:instancePath+"/hid/pairs/" + i2+"/vendor_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/vendor_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data18.product_id !== undefined){
let data20 = data18.product_id;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err45 = {instancePath:instancePath+"/hid/pairs/" + i2+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 65535 || isNaN(data20)){
const err46 = {instancePath:instancePath+"/hid/pairs/" + i2+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err47 = {instancePath:instancePath+"/hid/pairs/" + i2+"/product_id",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/properties/product_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
}
else {
const err48 = {instancePath:instancePath+"/hid/pairs/" + i2,schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/hid/pairs",schemaPath:"#/definitions/VidPidSpecifier/properties/pairs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/hid",schemaPath:"#/definitions/VidPidSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.xinput !== undefined){
let data21 = data.xinput;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.exists !== undefined){
if(typeof data21.exists !== "boolean"){
const err51 = {instancePath:instancePath+"/xinput/exists",schemaPath:"#/definitions/ExistsSpecifier/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/xinput",schemaPath:"#/definitions/ExistsSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.lovense_connect_service !== undefined){
let data23 = data.lovense_connect_service;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.exists !== undefined){
if(typeof data23.exists !== "boolean"){
const err53 = {instancePath:instancePath+"/lovense_connect_service/exists",schemaPath:"#/definitions/ExistsSpecifier/properties/exists/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/lovense_connect_service",schemaPath:"#/definitions/ExistsSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}


function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.identifier === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "identifier") || (key0 === "name")) || (key0 === "id")) || (key0 === "protocol_variant")) || (key0 === "message_gap_ms")) || (key0 === "features"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.identifier !== undefined){
let data0 = data.identifier;
if(Array.isArray(data0)){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err5 = {instancePath:instancePath+"/identifier/" + i0,schemaPath:"#/properties/identifier/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/identifier",schemaPath:"#/properties/identifier/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.id !== undefined){
let data3 = data.id;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.protocol_variant !== undefined){
if(typeof data.protocol_variant !== "string"){
const err10 = {instancePath:instancePath+"/protocol_variant",schemaPath:"#/properties/protocol_variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.message_gap_ms !== undefined){
let data5 = data.message_gap_ms;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err11 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err12 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.features !== undefined){
let data6 = data.features;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate20(data6[i1], {instancePath:instancePath+"/features/" + i1,parentData:data6,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.features === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.protocol_variant !== undefined){
if(typeof data.protocol_variant !== "string"){
const err6 = {instancePath:instancePath+"/protocol_variant",schemaPath:"#/properties/protocol_variant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.message_gap_ms !== undefined){
let data3 = data.message_gap_ms;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err7 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 0 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/message_gap_ms",schemaPath:"#/properties/message_gap_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.features !== undefined){
let data4 = data.features;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate20(data4[i0], {instancePath:instancePath+"/features/" + i0,parentData:data4,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.communication !== undefined){
let data0 = data.communication;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate51(data0[i0], {instancePath:instancePath+"/communication/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath:instancePath+"/communication",schemaPath:"#/properties/communication/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.configurations !== undefined){
let data2 = data.configurations;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate54(data2[i1], {instancePath:instancePath+"/configurations/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/configurations",schemaPath:"#/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.defaults !== undefined){
if(!(validate57(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.devices !== undefined){
let data5 = data.devices;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.configurations !== undefined){
let data6 = data5.configurations;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
if(!(validate54(data6[i2], {instancePath:instancePath+"/devices/configurations/" + i2,parentData:data6,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/devices/configurations",schemaPath:"#/properties/devices/properties/configurations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/devices",schemaPath:"#/properties/devices/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema56 = {"title":"UserDeviceEntry","type":"object","properties":{"identifier":{"$ref":"#/definitions/UserDeviceIdentifier"},"config":{"$ref":"#/definitions/UserDeviceDefinition"}},"required":["identifier","config"],"additionalProperties":false};
const schema57 = {"title":"UserDeviceIdentifier","description":"Which device an entry is about: protocol, configuration identifier (if any) and address.","type":"object","properties":{"address":{"type":"string"},"protocol":{"type":"string"},"identifier":{"type":"string"}},"required":["address","protocol"],"additionalProperties":false};
const schema58 = {"title":"UserDeviceDefinition","description":"A user's copy of a base definition (base_id), with customisations.","type":"object","properties":{"name":{"type":"string"},"id":{"$ref":"#/definitions/Uuid"},"base_id":{"$ref":"#/definitions/Uuid"},"features":{"type":"array","items":{"$ref":"#/definitions/UserFeature"}},"user_config":{"$ref":"#/definitions/UserDeviceCustomization"}},"required":["id","base_id","features","user_config"],"additionalProperties":false};
const schema72 = {"title":"UserDeviceCustomization","description":"Per-device settings: allow/deny list, reserved device index, display name, timing gap.","type":"object","properties":{"allow":{"type":"boolean"},"deny":{"type":"boolean"},"display_name":{"type":"string"},"index":{"type":"integer","minimum":0,"maximum":4294967295},"message_gap_ms":{"type":"integer","minimum":0}},"required":["allow","deny","index"],"additionalProperties":false};
const schema61 = {"title":"UserFeature","description":"User customisation of one base feature, found by base_id.","type":"object","properties":{"description":{"type":"string"},"id":{"$ref":"#/definitions/Uuid"},"base_id":{"$ref":"#/definitions/Uuid"},"output":{"$ref":"#/definitions/UserFeatureOutput"}},"required":["base_id","id"],"additionalProperties":false};
const schema64 = {"title":"UserFeatureOutput","type":"object","properties":{"vibrate":{"$ref":"#/definitions/UserOutputValue"},"rotate":{"$ref":"#/definitions/UserOutputValue"},"oscillate":{"$ref":"#/definitions/UserOutputValue"},"constrict":{"$ref":"#/definitions/UserOutputValue"},"spray":{"$ref":"#/definitions/UserOutputValue"},"temperature":{"$ref":"#/definitions/UserOutputValue"},"led":{"$ref":"#/definitions/UserOutputValue"},"position":{"$ref":"#/definitions/UserOutputPosition"},"hw_position_with_duration":{"$ref":"#/definitions/UserOutputWithDuration"}}};
const schema65 = {"title":"UserOutputValue","description":"User customisation of one output: a narrowed range, or disabled.","type":"object","properties":{"value":{"$ref":"#/definitions/UserValueRange"},"disabled":{"type":"boolean"}}};
const schema66 = {"title":"UserValueRange","description":"A narrowed output range, inside [0, high] of the base range.","type":"array","items":{"type":"integer","minimum":0},"minItems":2,"maxItems":2};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
let data0 = data.value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err0 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.length < 2){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/UserValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/UserValueRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.disabled !== undefined){
if(typeof data.disabled !== "boolean"){
const err5 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}

const schema67 = {"title":"UserOutputPosition","description":"User customisation of a position output (may also be reversed).","type":"object","properties":{"value":{"$ref":"#/definitions/UserValueRange"},"disabled":{"type":"boolean"},"reverse":{"type":"boolean"}}};

function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
let data0 = data.value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err0 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.length < 2){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/UserValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/UserValueRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.disabled !== undefined){
if(typeof data.disabled !== "boolean"){
const err5 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reverse !== undefined){
if(typeof data.reverse !== "boolean"){
const err6 = {instancePath:instancePath+"/reverse",schemaPath:"#/properties/reverse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate74.errors = vErrors;
return errors === 0;
}

const schema69 = {"title":"UserOutputWithDuration","description":"User customisation of hw_position_with_duration.","type":"object","properties":{"value":{"$ref":"#/definitions/UserValueRange"},"disabled":{"type":"boolean"},"reverse":{"type":"boolean"},"duration":{"$ref":"#/definitions/UserValueRange"}}};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.value !== undefined){
let data0 = data.value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err0 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.length < 2){
const err1 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err2 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/UserValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err3 = {instancePath:instancePath+"/value/" + i0,schemaPath:"#/definitions/UserValueRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/definitions/UserValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.disabled !== undefined){
if(typeof data.disabled !== "boolean"){
const err5 = {instancePath:instancePath+"/disabled",schemaPath:"#/properties/disabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reverse !== undefined){
if(typeof data.reverse !== "boolean"){
const err6 = {instancePath:instancePath+"/reverse",schemaPath:"#/properties/reverse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.duration !== undefined){
let data4 = data.duration;
if(Array.isArray(data4)){
if(data4.length > 2){
const err7 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/UserValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4.length < 2){
const err8 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/UserValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/duration/" + i1,schemaPath:"#/definitions/UserValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/duration/" + i1,schemaPath:"#/definitions/UserValueRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/duration",schemaPath:"#/definitions/UserValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vibrate !== undefined){
if(!(validate66(data.vibrate, {instancePath:instancePath+"/vibrate",parentData:data,parentDataProperty:"vibrate",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.rotate !== undefined){
if(!(validate66(data.rotate, {instancePath:instancePath+"/rotate",parentData:data,parentDataProperty:"rotate",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.oscillate !== undefined){
if(!(validate66(data.oscillate, {instancePath:instancePath+"/oscillate",parentData:data,parentDataProperty:"oscillate",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.constrict !== undefined){
if(!(validate66(data.constrict, {instancePath:instancePath+"/constrict",parentData:data,parentDataProperty:"constrict",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.spray !== undefined){
if(!(validate66(data.spray, {instancePath:instancePath+"/spray",parentData:data,parentDataProperty:"spray",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.temperature !== undefined){
if(!(validate66(data.temperature, {instancePath:instancePath+"/temperature",parentData:data,parentDataProperty:"temperature",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.led !== undefined){
if(!(validate66(data.led, {instancePath:instancePath+"/led",parentData:data,parentDataProperty:"led",rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
}
if(data.position !== undefined){
if(!(validate74(data.position, {instancePath:instancePath+"/position",parentData:data,parentDataProperty:"position",rootData}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
if(data.hw_position_with_duration !== undefined){
if(!(validate76(data.hw_position_with_duration, {instancePath:instancePath+"/hw_position_with_duration",parentData:data,parentDataProperty:"hw_position_with_duration",rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}


function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.base_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_id"},message:"must have required property '"+"base_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "description") || (key0 === "id")) || (key0 === "base_id")) || (key0 === "output"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.base_id !== undefined){
let data2 = data.base_id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err6 = {instancePath:instancePath+"/base_id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/base_id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.output !== undefined){
if(!(validate65(data.output, {instancePath:instancePath+"/output",parentData:data,parentDataProperty:"output",rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate64.errors = vErrors;
return errors === 0;
}


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.base_id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base_id"},message:"must have required property '"+"base_id"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.features === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "features"},message:"must have required property '"+"features"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.user_config === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "user_config"},message:"must have required property '"+"user_config"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "id")) || (key0 === "base_id")) || (key0 === "features")) || (key0 === "user_config"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
if(typeof data.name !== "string"){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.base_id !== undefined){
let data2 = data.base_id;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err8 = {instancePath:instancePath+"/base_id",schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/base_id",schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.features !== undefined){
let data3 = data.features;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate64(data3[i0], {instancePath:instancePath+"/features/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/features",schemaPath:"#/properties/features/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.user_config !== undefined){
let data5 = data.user_config;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.allow === undefined){
const err11 = {instancePath:instancePath+"/user_config",schemaPath:"#/definitions/UserDeviceCustomization/required",keyword:"required",params:{missingProperty: "allow"},message:"must have required property '"+"allow"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.deny === undefined){
const err12 = {instancePath:instancePath+"/user_config",schemaPath:"#/definitions/UserDeviceCustomization/required",keyword:"required",params:{missingProperty: "deny"},message:"must have required property '"+"deny"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.index === undefined){
const err13 = {instancePath:instancePath+"/user_config",schemaPath:"#/definitions/UserDeviceCustomization/required",keyword:"required",params:{missingProperty: "index"},message:"must have required property '"+"index"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "allow") || (key1 === "deny")) || (key1 === "display_name")) || (key1 === "index")) || (key1 === "message_gap_ms"))){
const err14 = {instancePath:instancePath+"/user_config",schemaPath:"#/definitions/UserDeviceCustomization/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.allow !== undefined){
if(typeof data5.allow !== "boolean"){
const err15 = {instancePath:instancePath+"/user_config/allow",schemaPath:"#/definitions/UserDeviceCustomization/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.deny !== undefined){
if(typeof data5.deny !== "boolean"){
const err16 = {instancePath:instancePath+"/user_config/deny",schemaPath:"#/definitions/UserDeviceCustomization/properties/deny/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.display_name !== undefined){
if(typeof data5.display_name !== "string"){
const err17 = {instancePath:instancePath+"/user_config/display_name",schemaPath:"#/definitions/UserDeviceCustomization/properties/display_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.index !== undefined){
let data9 = data5.index;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err18 = {instancePath:instancePath+"/user_config/index",schemaPath:"#/definitions/UserDeviceCustomization/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 4294967295 || isNaN(data9)){
const err19 = {instancePath:instancePath+"/user_config/index",schemaPath:"#/definitions/UserDeviceCustomization/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/user_config/index",schemaPath:"#/definitions/UserDeviceCustomization/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data5.message_gap_ms !== undefined){
let data10 = data5.message_gap_ms;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err21 = {instancePath:instancePath+"/user_config/message_gap_ms",schemaPath:"#/definitions/UserDeviceCustomization/properties/message_gap_ms/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/user_config/message_gap_ms",schemaPath:"#/definitions/UserDeviceCustomization/properties/message_gap_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/user_config",schemaPath:"#/definitions/UserDeviceCustomization/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "identifier") || (key0 === "config"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.identifier !== undefined){
let data0 = data.identifier;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.address === undefined){
const err3 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.protocol === undefined){
const err4 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "address") || (key1 === "protocol")) || (key1 === "identifier"))){
const err5 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.address !== undefined){
if(typeof data0.address !== "string"){
const err6 = {instancePath:instancePath+"/identifier/address",schemaPath:"#/definitions/UserDeviceIdentifier/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.protocol !== undefined){
if(typeof data0.protocol !== "string"){
const err7 = {instancePath:instancePath+"/identifier/protocol",schemaPath:"#/definitions/UserDeviceIdentifier/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.identifier !== undefined){
if(typeof data0.identifier !== "string"){
const err8 = {instancePath:instancePath+"/identifier/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate63(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}

const schema73 = {"title":"V2ProtocolSpecifiers","description":"v2-layout user specifiers of one protocol: one key per transport.","type":"object","properties":{"btle":{"$ref":"#/definitions/V2BluetoothLESpecifier"},"websocket":{"$ref":"#/definitions/V2WebsocketSpecifier"},"serial":{"$ref":"#/definitions/V2SerialSpecifier"},"usb":{"$ref":"#/definitions/V2VidPidSpecifier"},"hid":{"$ref":"#/definitions/V2VidPidSpecifier"}},"additionalProperties":false};
const schema76 = {"title":"V2WebsocketSpecifier","type":"object","properties":{"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}},"required":["names"],"additionalProperties":false};
const schema77 = {"title":"V2SerialSpecifier","type":"array","minItems":1,"items":{"type":"object","properties":{"port":{"type":"string"},"baud-rate":{"type":"integer"},"data-bits":{"type":"integer"},"parity":{"type":"string"},"stop-bits":{"type":"integer"}},"required":["port","baud-rate","data-bits","parity","stop-bits"],"additionalProperties":false}};
const schema78 = {"title":"V2VidPidSpecifier","type":"array","minItems":1,"items":{"type":"object","properties":{"vendor-id":{"type":"integer","minimum":0,"maximum":65535},"product-id":{"type":"integer","minimum":0,"maximum":65535}},"required":["vendor-id","product-id"],"additionalProperties":false}};
const schema74 = {"title":"V2BluetoothLESpecifier","description":"v2-layout BLE specifier (hyphenated keys).","type":"object","properties":{"names":{"type":"array","items":{"type":"string"},"minItems":1},"manufacturer-data":{"type":"array","items":{"type":"object","properties":{"company":{"type":"integer","minimum":0,"maximum":65535},"expected-length":{"type":"integer"},"data":{"type":"array","items":{"type":"integer","minimum":0,"maximum":255}}},"required":["company"]}},"advertised-services":{"type":"array","items":{"$ref":"#/definitions/Uuid"}},"services":{"type":"object","patternProperties":{"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$":{"$ref":"#/definitions/Endpoints"}},"additionalProperties":false}},"required":["names"],"additionalProperties":false};

function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.names === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "names") || (key0 === "manufacturer-data")) || (key0 === "advertised-services")) || (key0 === "services"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.names !== undefined){
let data0 = data.names;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err3 = {instancePath:instancePath+"/names/" + i0,schemaPath:"#/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data["manufacturer-data"] !== undefined){
let data2 = data["manufacturer-data"];
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.company === undefined){
const err5 = {instancePath:instancePath+"/manufacturer-data/" + i1,schemaPath:"#/properties/manufacturer-data/items/required",keyword:"required",params:{missingProperty: "company"},message:"must have required property '"+"company"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.company !== undefined){
let data4 = data3.company;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/company",schemaPath:"#/properties/manufacturer-data/items/properties/company/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 65535 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/company",schemaPath:"#/properties/manufacturer-data/items/properties/company/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/company",schemaPath:"#/properties/manufacturer-data/items/properties/company/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data3["expected-length"] !== undefined){
let data5 = data3["expected-length"];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/expected-length",schemaPath:"#/properties/manufacturer-data/items/properties/expected-length/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.data !== undefined){
let data6 = data3.data;
if(Array.isArray(data6)){
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err10 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/data/" + i2,schemaPath:"#/properties/manufacturer-data/items/properties/data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 255 || isNaN(data7)){
const err11 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/data/" + i2,schemaPath:"#/properties/manufacturer-data/items/properties/data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err12 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/data/" + i2,schemaPath:"#/properties/manufacturer-data/items/properties/data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/manufacturer-data/" + i1+"/data",schemaPath:"#/properties/manufacturer-data/items/properties/data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/manufacturer-data/" + i1,schemaPath:"#/properties/manufacturer-data/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/manufacturer-data",schemaPath:"#/properties/manufacturer-data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["advertised-services"] !== undefined){
let data8 = data["advertised-services"];
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
if(typeof data9 === "string"){
if(!pattern0.test(data9)){
const err16 = {instancePath:instancePath+"/advertised-services/" + i3,schemaPath:"#/definitions/Uuid/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/advertised-services/" + i3,schemaPath:"#/definitions/Uuid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/advertised-services",schemaPath:"#/properties/advertised-services/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.services !== undefined){
let data10 = data.services;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
if(!(pattern0.test(key1))){
const err19 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
for(const key2 in data10){
if(pattern0.test(key2)){
if(!(validate15(data10[key2], {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data10,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
}
else {
const err20 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
}


function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "btle") || (key0 === "websocket")) || (key0 === "serial")) || (key0 === "usb")) || (key0 === "hid"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.btle !== undefined){
if(!(validate83(data.btle, {instancePath:instancePath+"/btle",parentData:data,parentDataProperty:"btle",rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
if(data.websocket !== undefined){
let data1 = data.websocket;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.names === undefined){
const err1 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/V2WebsocketSpecifier/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "names")){
const err2 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/V2WebsocketSpecifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data1.names !== undefined){
let data2 = data1.names;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/websocket/names",schemaPath:"#/definitions/V2WebsocketSpecifier/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err4 = {instancePath:instancePath+"/websocket/names/" + i0,schemaPath:"#/definitions/V2WebsocketSpecifier/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/websocket/names/" + i0,schemaPath:"#/definitions/V2WebsocketSpecifier/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/websocket/names",schemaPath:"#/definitions/V2WebsocketSpecifier/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/websocket",schemaPath:"#/definitions/V2WebsocketSpecifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.serial !== undefined){
let data4 = data.serial;
if(Array.isArray(data4)){
if(data4.length < 1){
const err8 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/V2SerialSpecifier/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.port === undefined){
const err9 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/required",keyword:"required",params:{missingProperty: "port"},message:"must have required property '"+"port"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5["baud-rate"] === undefined){
const err10 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/required",keyword:"required",params:{missingProperty: "baud-rate"},message:"must have required property '"+"baud-rate"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5["data-bits"] === undefined){
const err11 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/required",keyword:"required",params:{missingProperty: "data-bits"},message:"must have required property '"+"data-bits"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data5.parity === undefined){
const err12 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/required",keyword:"required",params:{missingProperty: "parity"},message:"must have required property '"+"parity"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5["stop-bits"] === undefined){
const err13 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/required",keyword:"required",params:{missingProperty: "stop-bits"},message:"must have required property '"+"stop-bits"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key2 in data5){
if(!(((((key2 === "port") || (key2 === "baud-rate")) || (key2 === "data-bits")) || (key2 === "parity")) || (key2 === "stop-bits"))){
const err14 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.port !== undefined){
if(typeof data5.port !== "string"){
const err15 = {instancePath:instancePath+"/serial/" + i1+"/port",schemaPath:"#/definitions/V2SerialSpecifier/items/properties/port/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5["baud-rate"] !== undefined){
let data7 = data5["baud-rate"];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/serial/" + i1+"/baud-rate",schemaPath:"#/definitions/V2SerialSpecifier/items/properties/baud-rate/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5["data-bits"] !== undefined){
let data8 = data5["data-bits"];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err17 = {instancePath:instancePath+"/serial/" + i1+"/data-bits",schemaPath:"#/definitions/V2SerialSpecifier/items/properties/data-bits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.parity !== undefined){
if(typeof data5.parity !== "string"){
const err18 = {instancePath:instancePath+"/serial/" + i1+"/parity",schemaPath:"#/definitions/V2SerialSpecifier/items/properties/parity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5["stop-bits"] !== undefined){
let data10 = data5["stop-bits"];
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err19 = {instancePath:instancePath+"/serial/" + i1+"/stop-bits",schemaPath:"#/definitions/V2SerialSpecifier/items/properties/stop-bits/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/serial/" + i1,schemaPath:"#/definitions/V2SerialSpecifier/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/serial",schemaPath:"#/definitions/V2SerialSpecifier/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.usb !== undefined){
let data11 = data.usb;
if(Array.isArray(data11)){
if(data11.length < 1){
const err22 = {instancePath:instancePath+"/usb",schemaPath:"#/definitions/V2VidPidSpecifier/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12["vendor-id"] === undefined){
const err23 = {instancePath:instancePath+"/usb/" + i2,schemaPath:"#/definitions/V2VidPidSpecifier/items/required",keyword:"required",params:{missingProperty: "vendor-id"},message:"must have required property '"+"vendor-id"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12["product-id"] === undefined){
const err24 = {instancePath:instancePath+"/usb/" + i2,schemaPath:"#/definitions/V2VidPidSpecifier/items/required",keyword:"required",params:{missingProperty: "product-id"},message:"must have required property '"+"product-id"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "vendor-id") || (key3 === "product-id"))){
const err25 = {instancePath:instancePath+"/usb/" + i2,schemaPath:"#/definitions/V2VidPidSpecifier/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12["vendor-id"] !== undefined){
let data13 = data12["vendor-id"];
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err26 = {instancePath:instancePath+"/usb/" + i2+"/vendor-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/vendor-id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 65535 || isNaN(data13)){
const err27 = {instancePath:instancePath+"/usb/" + i2+"/vendor-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/vendor-id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err28 = {instancePath:instancePath+"/usb/" + i2+"/vendor-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/vendor-id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data12["product-id"] !== undefined){
let data14 = data12["product-id"];
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err29 = {instancePath:instancePath+"/usb/" + i2+"/product-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/product-id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 65535 || isNaN(data14)){
const err30 = {instancePath:instancePath+"/usb/" + i2+"/product-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/product-id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err31 = {instancePath:instancePath+"/usb/" + i2+"/product-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/product-id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
}
else {
const err32 = {instancePath:instancePath+"/usb/" + i2,schemaPath:"#/definitions/V2VidPidSpecifier/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/usb",schemaPath:"#/definitions/V2VidPidSpecifier/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.hid !== undefined){
let data15 = data.hid;
if(Array.isArray(data15)){
if(data15.length < 1){
const err34 = {instancePath:instancePath+"/hid",schemaPath:"#/definitions/V2VidPidSpecifier/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16["vendor-id"] === undefined){
const err35 = {instancePath:instancePath+"/hid/" + i3,schemaPath:"#/definitions/V2VidPidSpecifier/items/required",keyword:"required",params:{missingProperty: "vendor-id"},message:"must have required property '"+"vendor-id"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data16["product-id"] === undefined){
const err36 = {instancePath:instancePath+"/hid/" + i3,schemaPath:"#/definitions/V2VidPidSpecifier/items/required",keyword:"required",params:{missingProperty: "product-id"},message:"must have required property '"+"product-id"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key4 in data16){
if(!((key4 === "vendor-id") || (key4 === "product-id"))){
const err37 = {instancePath:instancePath+"/hid/" + i3,schemaPath:"#/definitions/V2VidPidSpecifier/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data16["vendor-id"] !== undefined){
let data17 = data16["vendor-id"];
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err38 = {instancePath:instancePath+"/hid/" + i3+"/vendor-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/vendor-id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 65535 || isNaN(data17)){
const err39 = {instancePath:instancePath+"/hid/" + i3+"/vendor-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/vendor-id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err40 = {instancePath:instancePath+"/hid/" + i3+"/vendor-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/vendor-id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
if(data16["product-id"] !== undefined){
let data18 = data16["product-id"];
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err41 = {instancePath:instancePath+"/hid/" + i3+"/product-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/product-id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 65535 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/hid/" + i3+"/product-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/product-id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err43 = {instancePath:instancePath+"/hid/" + i3+"/product-id",schemaPath:"#/definitions/V2VidPidSpecifier/items/properties/product-id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
else {
const err44 = {instancePath:instancePath+"/hid/" + i3,schemaPath:"#/definitions/V2VidPidSpecifier/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/hid",schemaPath:"#/definitions/V2VidPidSpecifier/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}

const schema80 = {"title":"V2UserDeviceEntry","type":"object","properties":{"identifier":{"$ref":"#/definitions/UserDeviceIdentifier"},"config":{"$ref":"#/definitions/V2UserDeviceConfig"}},"required":["identifier","config"],"additionalProperties":false};
const schema82 = {"title":"V2UserDeviceConfig","description":"v2-layout per-device settings.","type":"object","properties":{"allow":{"type":"boolean"},"deny":{"type":"boolean"},"display-name":{"type":"string"},"index":{"type":"integer","minimum":0,"maximum":4294967295},"messages":{"type":"object","properties":{"ScalarCmd":{"type":"array","items":{"$ref":"#/definitions/V2StepAttributes"}},"VibrateCmd":{"type":"array","items":{"$ref":"#/definitions/V2StepAttributes"}},"LinearCmd":{"type":"array","items":{"$ref":"#/definitions/V2StepAttributes"}},"RotateCmd":{"type":"array","items":{"$ref":"#/definitions/V2StepAttributes"}}},"additionalProperties":false}},"additionalProperties":false};
const schema83 = {"title":"V2StepAttributes","description":"v2-layout per-actuator attributes; StepRange narrows the actuator.","type":"object","properties":{"StepRange":{"$ref":"#/definitions/UserValueRange"},"FeatureOrder":{"type":"integer","minimum":0},"FeatureDescriptor":{"type":"string"},"ActuatorType":{"type":"string","enum":["Vibrate","Rotate","Oscillate","Constrict","Inflate","Position"]}},"required":["StepRange"],"additionalProperties":false};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.StepRange === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StepRange"},message:"must have required property '"+"StepRange"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "StepRange") || (key0 === "FeatureOrder")) || (key0 === "FeatureDescriptor")) || (key0 === "ActuatorType"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.StepRange !== undefined){
let data0 = data.StepRange;
if(Array.isArray(data0)){
if(data0.length > 2){
const err2 = {instancePath:instancePath+"/StepRange",schemaPath:"#/definitions/UserValueRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2){
const err3 = {instancePath:instancePath+"/StepRange",schemaPath:"#/definitions/UserValueRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/StepRange/" + i0,schemaPath:"#/definitions/UserValueRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/StepRange/" + i0,schemaPath:"#/definitions/UserValueRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/StepRange",schemaPath:"#/definitions/UserValueRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.FeatureOrder !== undefined){
let data2 = data.FeatureOrder;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/FeatureOrder",schemaPath:"#/properties/FeatureOrder/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/FeatureOrder",schemaPath:"#/properties/FeatureOrder/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.FeatureDescriptor !== undefined){
if(typeof data.FeatureDescriptor !== "string"){
const err9 = {instancePath:instancePath+"/FeatureDescriptor",schemaPath:"#/properties/FeatureDescriptor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.ActuatorType !== undefined){
let data4 = data.ActuatorType;
if(typeof data4 !== "string"){
const err10 = {instancePath:instancePath+"/ActuatorType",schemaPath:"#/properties/ActuatorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data4 === "Vibrate") || (data4 === "Rotate")) || (data4 === "Oscillate")) || (data4 === "Constrict")) || (data4 === "Inflate")) || (data4 === "Position"))){
const err11 = {instancePath:instancePath+"/ActuatorType",schemaPath:"#/properties/ActuatorType/enum",keyword:"enum",params:{allowedValues: schema83.properties.ActuatorType.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate89.errors = vErrors;
return errors === 0;
}


function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "allow") || (key0 === "deny")) || (key0 === "display-name")) || (key0 === "index")) || (key0 === "messages"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.allow !== undefined){
if(typeof data.allow !== "boolean"){
const err1 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.deny !== undefined){
if(typeof data.deny !== "boolean"){
const err2 = {instancePath:instancePath+"/deny",schemaPath:"#/properties/deny/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["display-name"] !== undefined){
if(typeof data["display-name"] !== "string"){
const err3 = {instancePath:instancePath+"/display-name",schemaPath:"#/properties/display-name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.index !== undefined){
let data3 = data.index;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err4 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/index",schemaPath:"#/properties/index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.messages !== undefined){
let data4 = data.messages;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!((((key1 === "ScalarCmd") || (key1 === "VibrateCmd")) || (key1 === "LinearCmd")) || (key1 === "RotateCmd"))){
const err7 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data4.ScalarCmd !== undefined){
let data5 = data4.ScalarCmd;
if(Array.isArray(data5)){
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
if(!(validate89(data5[i0], {instancePath:instancePath+"/messages/ScalarCmd/" + i0,parentData:data5,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/messages/ScalarCmd",schemaPath:"#/properties/messages/properties/ScalarCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.VibrateCmd !== undefined){
let data7 = data4.VibrateCmd;
if(Array.isArray(data7)){
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
if(!(validate89(data7[i1], {instancePath:instancePath+"/messages/VibrateCmd/" + i1,parentData:data7,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/messages/VibrateCmd",schemaPath:"#/properties/messages/properties/VibrateCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data4.LinearCmd !== undefined){
let data9 = data4.LinearCmd;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
if(!(validate89(data9[i2], {instancePath:instancePath+"/messages/LinearCmd/" + i2,parentData:data9,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/messages/LinearCmd",schemaPath:"#/properties/messages/properties/LinearCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.RotateCmd !== undefined){
let data11 = data4.RotateCmd;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
if(!(validate89(data11[i3], {instancePath:instancePath+"/messages/RotateCmd/" + i3,parentData:data11,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate89.errors : vErrors.concat(validate89.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/messages/RotateCmd",schemaPath:"#/properties/messages/properties/RotateCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/messages",schemaPath:"#/properties/messages/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.identifier === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identifier"},message:"must have required property '"+"identifier"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.config === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "identifier") || (key0 === "config"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.identifier !== undefined){
let data0 = data.identifier;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.address === undefined){
const err3 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.protocol === undefined){
const err4 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/required",keyword:"required",params:{missingProperty: "protocol"},message:"must have required property '"+"protocol"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "address") || (key1 === "protocol")) || (key1 === "identifier"))){
const err5 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.address !== undefined){
if(typeof data0.address !== "string"){
const err6 = {instancePath:instancePath+"/identifier/address",schemaPath:"#/definitions/UserDeviceIdentifier/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.protocol !== undefined){
if(typeof data0.protocol !== "string"){
const err7 = {instancePath:instancePath+"/identifier/protocol",schemaPath:"#/definitions/UserDeviceIdentifier/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.identifier !== undefined){
if(typeof data0.identifier !== "string"){
const err8 = {instancePath:instancePath+"/identifier/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/identifier",schemaPath:"#/definitions/UserDeviceIdentifier/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.config !== undefined){
if(!(validate88(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/device-config/user-device-config.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "version") || (key0 === "user_configs")) || (key0 === "user-configs"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.version !== undefined){
let data0 = data.version;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.major === undefined){
const err2 = {instancePath:instancePath+"/version",schemaPath:"defs.json#/definitions/ConfigVersion/required",keyword:"required",params:{missingProperty: "major"},message:"must have required property '"+"major"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.minor === undefined){
const err3 = {instancePath:instancePath+"/version",schemaPath:"defs.json#/definitions/ConfigVersion/required",keyword:"required",params:{missingProperty: "minor"},message:"must have required property '"+"minor"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.major !== undefined){
let data1 = data0.major;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/version/major",schemaPath:"defs.json#/definitions/ConfigVersion/properties/major/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/version/major",schemaPath:"defs.json#/definitions/ConfigVersion/properties/major/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data0.minor !== undefined){
let data2 = data0.minor;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/version/minor",schemaPath:"defs.json#/definitions/ConfigVersion/properties/minor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/version/minor",schemaPath:"defs.json#/definitions/ConfigVersion/properties/minor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath:instancePath+"/version",schemaPath:"defs.json#/definitions/ConfigVersion/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.user_configs !== undefined){
let data3 = data.user_configs;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!((key1 === "protocols") || (key1 === "devices"))){
const err9 = {instancePath:instancePath+"/user_configs",schemaPath:"#/properties/user_configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.protocols !== undefined){
let data4 = data3.protocols;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!(validate50(data4[key2], {instancePath:instancePath+"/user_configs/protocols/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/user_configs/protocols",schemaPath:"#/properties/user_configs/properties/protocols/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.devices !== undefined){
let data6 = data3.devices;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
if(!(validate62(data6[i0], {instancePath:instancePath+"/user_configs/devices/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
else {
const err11 = {instancePath:instancePath+"/user_configs/devices",schemaPath:"#/properties/user_configs/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/user_configs",schemaPath:"#/properties/user_configs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data["user-configs"] !== undefined){
let data8 = data["user-configs"];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!((key3 === "specifiers") || (key3 === "devices"))){
const err13 = {instancePath:instancePath+"/user-configs",schemaPath:"#/properties/user-configs/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data8.specifiers !== undefined){
let data9 = data8.specifiers;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key4 in data9){
if(!(validate82(data9[key4], {instancePath:instancePath+"/user-configs/specifiers/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data9,parentDataProperty:key4,rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath:instancePath+"/user-configs/specifiers",schemaPath:"#/properties/user-configs/properties/specifiers/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data8.devices !== undefined){
let data11 = data8.devices;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
if(!(validate87(data11[i1], {instancePath:instancePath+"/user-configs/devices/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/user-configs/devices",schemaPath:"#/properties/user-configs/properties/devices/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/user-configs",schemaPath:"#/properties/user-configs/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}

