// generated — do not edit. Source: schema/v2/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Precompiled ajv standalone validators (spec v2 message bodies): no schema compilation at run time.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BatteryLevelCmd = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/BatteryLevelCmd.json","title":"BatteryLevelCmd","description":"Ask a device for its battery level.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to query.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["BatteryLevelReading","Error"],"introduced":2,"changed":[],"deprecated":3}};
const schema13 = {"description":"Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).","type":"integer","minimum":1,"maximum":4294967295};
const schema14 = {"description":"Index of a device, as the server announced it.","type":"integer","minimum":0,"maximum":4294967295};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/BatteryLevelCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "DeviceIndex"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.BatteryLevelReading = validate12;
const schema15 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/BatteryLevelReading.json","title":"BatteryLevelReading","description":"Battery level of a device, in reply to BatteryLevelCmd.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"DeviceIndex":{"description":"Index of the device the reading is from.","$ref":"../common.json#/definitions/DeviceIndex"},"BatteryLevel":{"description":"Battery level, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Id","DeviceIndex","BatteryLevel"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":2,"changed":[],"deprecated":3}};
const schema16 = {"description":"Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).","type":"integer","minimum":0,"maximum":4294967295};
const schema18 = {"description":"A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.","type":"number","minimum":0,"maximum":1};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/BatteryLevelReading.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.BatteryLevel === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "BatteryLevel"},message:"must have required property '"+"BatteryLevel"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "BatteryLevel"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.BatteryLevel !== undefined){
let data2 = data.BatteryLevel;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/BatteryLevel",schemaPath:"../common.json#/definitions/UnitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/BatteryLevel",schemaPath:"../common.json#/definitions/UnitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/BatteryLevel",schemaPath:"../common.json#/definitions/UnitInterval/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
validate12.errors = vErrors;
return errors === 0;
}

exports.DeviceAdded = validate13;
const schema19 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/DeviceAdded.json","title":"DeviceAdded","description":"Server event: a device connected.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"DeviceName":{"description":"Descriptive name of the device.","type":"string"},"DeviceIndex":{"description":"Index that device messages use to address this device.","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessages":{"$ref":"defs.json#/definitions/DeviceMessagesV2"}},"required":["Id","DeviceName","DeviceIndex","DeviceMessages"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[1,2,3],"deprecated":4,"note":"Raw*Cmd and RSSILevelCmd entries follow the docs (v2 defines those messages); the reference server's v2 attributes omit them. Raw*Cmd entries may carry Endpoints, as the reference's spec-v2 message schema (buttplug-schema.json, RawMessageAttributes) allows and servers of that era sent; the v2 docs name no attributes for them."}};
const schema20 = {"description":"Id of a server-initiated message: always 0.","type":"integer","const":0};
const schema23 = {"title":"DeviceMessages","description":"Device messages a device accepts, by name, with their attributes.","type":"object","properties":{"VibrateCmd":{"$ref":"defs.json#/definitions/GenericMessageAttributesV2"},"LinearCmd":{"$ref":"defs.json#/definitions/GenericMessageAttributesV2"},"RotateCmd":{"$ref":"defs.json#/definitions/GenericMessageAttributesV2"},"StopDeviceCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"BatteryLevelCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"RSSILevelCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"RawWriteCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV2"},"RawReadCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV2"},"RawSubscribeCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV2"},"RawUnsubscribeCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV2"}},"additionalProperties":false};
const schema24 = {"title":"GenericMessageAttributes","description":"Attributes of a generic device command (VibrateCmd, LinearCmd, RotateCmd). StepCount, when present, has one entry per feature.","type":"object","properties":{"FeatureCount":{"description":"Number of features (motors, actuators, rotators) this message can address.","type":"integer","minimum":0,"maximum":4294967295},"StepCount":{"description":"For each feature, the number of discrete steps it can use (at least 1).","type":"array","items":{"type":"integer","minimum":1,"maximum":4294967295}}},"required":["FeatureCount"],"additionalProperties":false};
const schema27 = {"title":"NullMessageAttributes","description":"Attributes of a device message that has none.","type":"object","properties":{},"additionalProperties":false};
const schema30 = {"title":"RawMessageAttributes","description":"Attributes of a Raw*Cmd entry of DeviceMessages: the endpoints the raw commands may use. Optional in spec v2 (the reference's spec-v2 message schema, RawMessageAttributes); servers of that era sent them.","type":"object","properties":{"Endpoints":{"description":"Endpoint names the raw commands may use.","type":"array","items":{"type":"string"}}},"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema23.properties, key0))){
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
if(data.VibrateCmd !== undefined){
let data0 = data.VibrateCmd;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.FeatureCount === undefined){
const err1 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "FeatureCount") || (key1 === "StepCount"))){
const err2 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.FeatureCount !== undefined){
let data1 = data0.FeatureCount;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.StepCount !== undefined){
let data2 = data0.StepCount;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/VibrateCmd/StepCount/" + i0,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/VibrateCmd/StepCount/" + i0,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/VibrateCmd/StepCount/" + i0,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err9 = {instancePath:instancePath+"/VibrateCmd/StepCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err10 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.LinearCmd !== undefined){
let data4 = data.LinearCmd;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.FeatureCount === undefined){
const err11 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "FeatureCount") || (key2 === "StepCount"))){
const err12 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.FeatureCount !== undefined){
let data5 = data4.FeatureCount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data4.StepCount !== undefined){
let data6 = data4.StepCount;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/LinearCmd/StepCount/" + i1,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 4294967295 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/LinearCmd/StepCount/" + i1,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/LinearCmd/StepCount/" + i1,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/LinearCmd/StepCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.RotateCmd !== undefined){
let data8 = data.RotateCmd;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.FeatureCount === undefined){
const err21 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "FeatureCount") || (key3 === "StepCount"))){
const err22 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.FeatureCount !== undefined){
let data9 = data8.FeatureCount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 4294967295 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data8.StepCount !== undefined){
let data10 = data8.StepCount;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err26 = {instancePath:instancePath+"/RotateCmd/StepCount/" + i2,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 4294967295 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/RotateCmd/StepCount/" + i2,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/RotateCmd/StepCount/" + i2,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err29 = {instancePath:instancePath+"/RotateCmd/StepCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.StopDeviceCmd !== undefined){
let data12 = data.StopDeviceCmd;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
const err31 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.BatteryLevelCmd !== undefined){
let data13 = data.BatteryLevelCmd;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key5 in data13){
const err33 = {instancePath:instancePath+"/BatteryLevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/BatteryLevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.RSSILevelCmd !== undefined){
let data14 = data.RSSILevelCmd;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key6 in data14){
const err35 = {instancePath:instancePath+"/RSSILevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/RSSILevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.RawWriteCmd !== undefined){
let data15 = data.RawWriteCmd;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key7 in data15){
if(!(key7 === "Endpoints")){
const err37 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.Endpoints !== undefined){
let data16 = data15.Endpoints;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(typeof data16[i3] !== "string"){
const err38 = {instancePath:instancePath+"/RawWriteCmd/Endpoints/" + i3,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/RawWriteCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.RawReadCmd !== undefined){
let data18 = data.RawReadCmd;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key8 in data18){
if(!(key8 === "Endpoints")){
const err41 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.Endpoints !== undefined){
let data19 = data18.Endpoints;
if(Array.isArray(data19)){
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
if(typeof data19[i4] !== "string"){
const err42 = {instancePath:instancePath+"/RawReadCmd/Endpoints/" + i4,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/RawReadCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err44 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.RawSubscribeCmd !== undefined){
let data21 = data.RawSubscribeCmd;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key9 in data21){
if(!(key9 === "Endpoints")){
const err45 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.Endpoints !== undefined){
let data22 = data21.Endpoints;
if(Array.isArray(data22)){
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(typeof data22[i5] !== "string"){
const err46 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints/" + i5,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err48 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.RawUnsubscribeCmd !== undefined){
let data24 = data.RawUnsubscribeCmd;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key10 in data24){
if(!(key10 === "Endpoints")){
const err49 = {instancePath:instancePath+"/RawUnsubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data24.Endpoints !== undefined){
let data25 = data24.Endpoints;
if(Array.isArray(data25)){
const len6 = data25.length;
for(let i6=0; i6<len6; i6++){
if(typeof data25[i6] !== "string"){
const err50 = {instancePath:instancePath+"/RawUnsubscribeCmd/Endpoints/" + i6,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/RawUnsubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err52 = {instancePath:instancePath+"/RawUnsubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/DeviceAdded.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceName"},message:"must have required property '"+"DeviceName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.DeviceMessages === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceMessages"},message:"must have required property '"+"DeviceMessages"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceName")) || (key0 === "DeviceIndex")) || (key0 === "DeviceMessages"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(0 !== data0){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.DeviceName !== undefined){
if(typeof data.DeviceName !== "string"){
const err7 = {instancePath:instancePath+"/DeviceName",schemaPath:"#/properties/DeviceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.DeviceIndex !== undefined){
let data2 = data.DeviceIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceMessages !== undefined){
if(!(validate15(data.DeviceMessages, {instancePath:instancePath+"/DeviceMessages",parentData:data,parentDataProperty:"DeviceMessages",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
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
validate13.errors = vErrors;
return errors === 0;
}

exports.DeviceList = validate17;
const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/DeviceList.json","title":"DeviceList","description":"Server reply listing the connected devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"Devices":{"description":"The connected devices.","type":"array","items":{"$ref":"defs.json#/definitions/DeviceInfoV2"}}},"required":["Id","Devices"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[1,2,3,4],"deprecated":null,"note":"Raw*Cmd and RSSILevelCmd entries follow the docs (v2 defines those messages); the reference server's v2 attributes omit them. Raw*Cmd entries may carry Endpoints, as the reference's spec-v2 message schema (buttplug-schema.json, RawMessageAttributes) allows and servers of that era sent; the v2 docs name no attributes for them."}};
const schema36 = {"title":"DeviceInfo","description":"A device in a DeviceList.","type":"object","properties":{"DeviceName":{"description":"Descriptive name of the device.","type":"string"},"DeviceIndex":{"description":"Index that device messages use to address this device.","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessages":{"$ref":"defs.json#/definitions/DeviceMessagesV2"}},"required":["DeviceName","DeviceIndex","DeviceMessages"],"additionalProperties":false};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema23.properties, key0))){
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
if(data.VibrateCmd !== undefined){
let data0 = data.VibrateCmd;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.FeatureCount === undefined){
const err1 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "FeatureCount") || (key1 === "StepCount"))){
const err2 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.FeatureCount !== undefined){
let data1 = data0.FeatureCount;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data0.StepCount !== undefined){
let data2 = data0.StepCount;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err6 = {instancePath:instancePath+"/VibrateCmd/StepCount/" + i0,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/VibrateCmd/StepCount/" + i0,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/VibrateCmd/StepCount/" + i0,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err9 = {instancePath:instancePath+"/VibrateCmd/StepCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err10 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.LinearCmd !== undefined){
let data4 = data.LinearCmd;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.FeatureCount === undefined){
const err11 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "FeatureCount") || (key2 === "StepCount"))){
const err12 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.FeatureCount !== undefined){
let data5 = data4.FeatureCount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err13 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err14 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data4.StepCount !== undefined){
let data6 = data4.StepCount;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err16 = {instancePath:instancePath+"/LinearCmd/StepCount/" + i1,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 4294967295 || isNaN(data7)){
const err17 = {instancePath:instancePath+"/LinearCmd/StepCount/" + i1,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/LinearCmd/StepCount/" + i1,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/LinearCmd/StepCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err20 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.RotateCmd !== undefined){
let data8 = data.RotateCmd;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.FeatureCount === undefined){
const err21 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "FeatureCount") || (key3 === "StepCount"))){
const err22 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data8.FeatureCount !== undefined){
let data9 = data8.FeatureCount;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 4294967295 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data8.StepCount !== undefined){
let data10 = data8.StepCount;
if(Array.isArray(data10)){
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err26 = {instancePath:instancePath+"/RotateCmd/StepCount/" + i2,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 4294967295 || isNaN(data11)){
const err27 = {instancePath:instancePath+"/RotateCmd/StepCount/" + i2,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err28 = {instancePath:instancePath+"/RotateCmd/StepCount/" + i2,schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
}
else {
const err29 = {instancePath:instancePath+"/RotateCmd/StepCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/properties/StepCount/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.StopDeviceCmd !== undefined){
let data12 = data.StopDeviceCmd;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key4 in data12){
const err31 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.BatteryLevelCmd !== undefined){
let data13 = data.BatteryLevelCmd;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key5 in data13){
const err33 = {instancePath:instancePath+"/BatteryLevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/BatteryLevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.RSSILevelCmd !== undefined){
let data14 = data.RSSILevelCmd;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key6 in data14){
const err35 = {instancePath:instancePath+"/RSSILevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/RSSILevelCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.RawWriteCmd !== undefined){
let data15 = data.RawWriteCmd;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
for(const key7 in data15){
if(!(key7 === "Endpoints")){
const err37 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data15.Endpoints !== undefined){
let data16 = data15.Endpoints;
if(Array.isArray(data16)){
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
if(typeof data16[i3] !== "string"){
const err38 = {instancePath:instancePath+"/RawWriteCmd/Endpoints/" + i3,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/RawWriteCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.RawReadCmd !== undefined){
let data18 = data.RawReadCmd;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key8 in data18){
if(!(key8 === "Endpoints")){
const err41 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data18.Endpoints !== undefined){
let data19 = data18.Endpoints;
if(Array.isArray(data19)){
const len4 = data19.length;
for(let i4=0; i4<len4; i4++){
if(typeof data19[i4] !== "string"){
const err42 = {instancePath:instancePath+"/RawReadCmd/Endpoints/" + i4,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/RawReadCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err44 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.RawSubscribeCmd !== undefined){
let data21 = data.RawSubscribeCmd;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key9 in data21){
if(!(key9 === "Endpoints")){
const err45 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data21.Endpoints !== undefined){
let data22 = data21.Endpoints;
if(Array.isArray(data22)){
const len5 = data22.length;
for(let i5=0; i5<len5; i5++){
if(typeof data22[i5] !== "string"){
const err46 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints/" + i5,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err48 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.RawUnsubscribeCmd !== undefined){
let data24 = data.RawUnsubscribeCmd;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key10 in data24){
if(!(key10 === "Endpoints")){
const err49 = {instancePath:instancePath+"/RawUnsubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data24.Endpoints !== undefined){
let data25 = data24.Endpoints;
if(Array.isArray(data25)){
const len6 = data25.length;
for(let i6=0; i6<len6; i6++){
if(typeof data25[i6] !== "string"){
const err50 = {instancePath:instancePath+"/RawUnsubscribeCmd/Endpoints/" + i6,schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/RawUnsubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err52 = {instancePath:instancePath+"/RawUnsubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.DeviceName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceName"},message:"must have required property '"+"DeviceName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.DeviceMessages === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceMessages"},message:"must have required property '"+"DeviceMessages"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "DeviceName") || (key0 === "DeviceIndex")) || (key0 === "DeviceMessages"))){
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
if(data.DeviceName !== undefined){
if(typeof data.DeviceName !== "string"){
const err4 = {instancePath:instancePath+"/DeviceName",schemaPath:"#/properties/DeviceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceMessages !== undefined){
if(!(validate19(data.DeviceMessages, {instancePath:instancePath+"/DeviceMessages",parentData:data,parentDataProperty:"DeviceMessages",rootData}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
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
validate18.errors = vErrors;
return errors === 0;
}


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/DeviceList.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Devices === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Devices"},message:"must have required property '"+"Devices"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "Devices"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Devices !== undefined){
let data1 = data.Devices;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate18(data1[i0], {instancePath:instancePath+"/Devices/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/Devices",schemaPath:"#/properties/Devices/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate17.errors = vErrors;
return errors === 0;
}

exports.DeviceRemoved = validate22;
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/DeviceRemoved.json","title":"DeviceRemoved","description":"Server event: a device disconnected.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"DeviceIndex":{"description":"Index of the device that disconnected.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":4}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/DeviceRemoved.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "DeviceIndex"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(0 !== data0){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

exports.Error = validate23;
const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/Error.json","title":"Error","description":"Server reply: the client message with this Id caused a parsing or processing error (Id 0 when the Id could not be read).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ErrorMessage":{"description":"What went wrong, for humans.","type":"string"},"ErrorCode":{"$ref":"../common.json#/definitions/ErrorCode"}},"required":["Id","ErrorMessage","ErrorCode"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","note":"Id 0 when no client message can be answered (an unparsable frame, a ping timeout): docs spec/status.md, Error.","replies":[],"introduced":0,"changed":[],"deprecated":null}};
const schema54 = {"title":"ErrorCode","description":"0 ERROR_UNKNOWN, 1 ERROR_INIT, 2 ERROR_PING, 3 ERROR_MSG, 4 ERROR_DEVICE.","type":"integer","enum":[0,1,2,3,4],"tsEnumNames":["Unknown","Init","Ping","Msg","Device"]};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/Error.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ErrorMessage === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorMessage"},message:"must have required property '"+"ErrorMessage"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ErrorCode === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ErrorCode"},message:"must have required property '"+"ErrorCode"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "ErrorMessage")) || (key0 === "ErrorCode"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ErrorMessage !== undefined){
if(typeof data.ErrorMessage !== "string"){
const err7 = {instancePath:instancePath+"/ErrorMessage",schemaPath:"#/properties/ErrorMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ErrorCode !== undefined){
let data2 = data.ErrorCode;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/ErrorCode",schemaPath:"../common.json#/definitions/ErrorCode/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!(((((data2 === 0) || (data2 === 1)) || (data2 === 2)) || (data2 === 3)) || (data2 === 4))){
const err9 = {instancePath:instancePath+"/ErrorCode",schemaPath:"../common.json#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values"};
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
validate23.errors = vErrors;
return errors === 0;
}

exports.LinearCmd = validate24;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/LinearCmd.json","title":"LinearCmd","description":"Move linear actuators of a device to positions over durations.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Vectors":{"description":"One entry per linear actuator to move.","type":"array","minItems":1,"items":{"title":"VectorSubcommand","description":"Movement for one linear actuator.","type":"object","properties":{"Index":{"description":"Index of the linear actuator (below the LinearCmd FeatureCount).","type":"integer","minimum":0,"maximum":4294967295},"Duration":{"description":"Movement time in milliseconds.","type":"integer","minimum":0,"maximum":4294967295},"Position":{"description":"Target position, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Index","Duration","Position"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Vectors"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":4}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/LinearCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Vectors === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Vectors"},message:"must have required property '"+"Vectors"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Vectors"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Vectors !== undefined){
let data2 = data.Vectors;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/Vectors",schemaPath:"#/properties/Vectors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.Index === undefined){
const err11 = {instancePath:instancePath+"/Vectors/" + i0,schemaPath:"#/properties/Vectors/items/required",keyword:"required",params:{missingProperty: "Index"},message:"must have required property '"+"Index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.Duration === undefined){
const err12 = {instancePath:instancePath+"/Vectors/" + i0,schemaPath:"#/properties/Vectors/items/required",keyword:"required",params:{missingProperty: "Duration"},message:"must have required property '"+"Duration"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.Position === undefined){
const err13 = {instancePath:instancePath+"/Vectors/" + i0,schemaPath:"#/properties/Vectors/items/required",keyword:"required",params:{missingProperty: "Position"},message:"must have required property '"+"Position"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "Index") || (key1 === "Duration")) || (key1 === "Position"))){
const err14 = {instancePath:instancePath+"/Vectors/" + i0,schemaPath:"#/properties/Vectors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.Index !== undefined){
let data4 = data3.Index;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/Vectors/" + i0+"/Index",schemaPath:"#/properties/Vectors/items/properties/Index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/Vectors/" + i0+"/Index",schemaPath:"#/properties/Vectors/items/properties/Index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/Vectors/" + i0+"/Index",schemaPath:"#/properties/Vectors/items/properties/Index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.Duration !== undefined){
let data5 = data3.Duration;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/Vectors/" + i0+"/Duration",schemaPath:"#/properties/Vectors/items/properties/Duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/Vectors/" + i0+"/Duration",schemaPath:"#/properties/Vectors/items/properties/Duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/Vectors/" + i0+"/Duration",schemaPath:"#/properties/Vectors/items/properties/Duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.Position !== undefined){
let data6 = data3.Position;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/Vectors/" + i0+"/Position",schemaPath:"../common.json#/definitions/UnitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/Vectors/" + i0+"/Position",schemaPath:"../common.json#/definitions/UnitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/Vectors/" + i0+"/Position",schemaPath:"../common.json#/definitions/UnitInterval/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err24 = {instancePath:instancePath+"/Vectors/" + i0,schemaPath:"#/properties/Vectors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/Vectors",schemaPath:"#/properties/Vectors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

exports.Ok = validate25;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/Ok.json","title":"Ok","description":"Server reply: the client message with this Id was received and processed successfully.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/Ok.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
validate25.errors = vErrors;
return errors === 0;
}

exports.Ping = validate26;
const schema61 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/Ping.json","title":"Ping","description":"Client watchdog message; must arrive within the server's MaxPingTime or the server disconnects and stops all devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/Ping.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
validate26.errors = vErrors;
return errors === 0;
}

exports.RSSILevelCmd = validate27;
const schema63 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RSSILevelCmd.json","title":"RSSILevelCmd","description":"Ask a device for its RSSI level.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to query.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["RSSILevelReading","Error"],"introduced":2,"changed":[],"deprecated":3,"note":"Never implemented in an official reference implementation (docs). The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2."}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RSSILevelCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "DeviceIndex"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}

exports.RSSILevelReading = validate28;
const schema66 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RSSILevelReading.json","title":"RSSILevelReading","description":"RSSI level of a device, in reply to RSSILevelCmd.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"DeviceIndex":{"description":"Index of the device the reading is from.","$ref":"../common.json#/definitions/DeviceIndex"},"RSSILevel":{"description":"RSSI level, usually dB in -100…0.","type":"integer"}},"required":["Id","DeviceIndex","RSSILevel"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":2,"changed":[],"deprecated":3,"note":"Never implemented in an official reference implementation (docs). The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2."}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RSSILevelReading.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.RSSILevel === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "RSSILevel"},message:"must have required property '"+"RSSILevel"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "RSSILevel"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.RSSILevel !== undefined){
let data2 = data.RSSILevel;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/RSSILevel",schemaPath:"#/properties/RSSILevel/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
validate28.errors = vErrors;
return errors === 0;
}

exports.RawReadCmd = validate29;
const schema69 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RawReadCmd.json","title":"RawReadCmd","description":"Read bytes from a device endpoint (development use; servers may refuse raw messages).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to read from.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to read from.","type":"string"},"ExpectedLength":{"description":"Number of bytes to read; 0 = whatever is currently available.","type":"integer","minimum":0,"maximum":4294967295},"WaitForData":{"description":"True to answer only once data is available or ExpectedLength is met.","type":"boolean"}},"required":["Id","DeviceIndex","Endpoint","ExpectedLength","WaitForData"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["RawReading","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2. WaitForData follows the docs; the reference implementations' RawReadCmd carried a Timeout (ms) field instead."}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RawReadCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Endpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Endpoint"},message:"must have required property '"+"Endpoint"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ExpectedLength === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ExpectedLength"},message:"must have required property '"+"ExpectedLength"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.WaitForData === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "WaitForData"},message:"must have required property '"+"WaitForData"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Endpoint")) || (key0 === "ExpectedLength")) || (key0 === "WaitForData"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Endpoint !== undefined){
if(typeof data.Endpoint !== "string"){
const err12 = {instancePath:instancePath+"/Endpoint",schemaPath:"#/properties/Endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ExpectedLength !== undefined){
let data3 = data.ExpectedLength;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/ExpectedLength",schemaPath:"#/properties/ExpectedLength/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/ExpectedLength",schemaPath:"#/properties/ExpectedLength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/ExpectedLength",schemaPath:"#/properties/ExpectedLength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.WaitForData !== undefined){
if(typeof data.WaitForData !== "boolean"){
const err16 = {instancePath:instancePath+"/WaitForData",schemaPath:"#/properties/WaitForData/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate29.errors = vErrors;
return errors === 0;
}

exports.RawReading = validate30;
const schema72 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RawReading.json","title":"RawReading","description":"Bytes read from a device endpoint: the reply to RawReadCmd, or (Id 0) data from a RawSubscribeCmd subscription.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ServerId"},"DeviceIndex":{"description":"Index of the device the data came from.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint the data came from.","type":"string"},"Data":{"description":"Bytes read.","type":"array","items":{"type":"integer","minimum":0,"maximum":255}}},"required":["Id","DeviceIndex","Endpoint","Data"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","replies":[],"introduced":2,"changed":[],"deprecated":4,"note":"Id is 0 for data from a RawSubscribeCmd subscription. The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2."}};
const schema73 = {"description":"Id of a server message that is either a reply (request's Id) or an event (0).","type":"integer","minimum":0,"maximum":4294967295};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RawReading.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Endpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Endpoint"},message:"must have required property '"+"Endpoint"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Data"},message:"must have required property '"+"Data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Endpoint")) || (key0 === "Data"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Endpoint !== undefined){
if(typeof data.Endpoint !== "string"){
const err11 = {instancePath:instancePath+"/Endpoint",schemaPath:"#/properties/Endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Data !== undefined){
let data3 = data.Data;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 255 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err15 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}

exports.RawSubscribeCmd = validate31;
const schema75 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RawSubscribeCmd.json","title":"RawSubscribeCmd","description":"Subscribe to data arriving on a device endpoint; the server sends it as RawReading events.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to subscribe to.","type":"string"}},"required":["Id","DeviceIndex","Endpoint"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2."}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RawSubscribeCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Endpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Endpoint"},message:"must have required property '"+"Endpoint"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Endpoint"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Endpoint !== undefined){
if(typeof data.Endpoint !== "string"){
const err10 = {instancePath:instancePath+"/Endpoint",schemaPath:"#/properties/Endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate31.errors = vErrors;
return errors === 0;
}

exports.RawUnsubscribeCmd = validate32;
const schema78 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RawUnsubscribeCmd.json","title":"RawUnsubscribeCmd","description":"End a subscription made with RawSubscribeCmd.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to unsubscribe from.","type":"string"}},"required":["Id","DeviceIndex","Endpoint"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2."}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RawUnsubscribeCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Endpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Endpoint"},message:"must have required property '"+"Endpoint"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Endpoint"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Endpoint !== undefined){
if(typeof data.Endpoint !== "string"){
const err10 = {instancePath:instancePath+"/Endpoint",schemaPath:"#/properties/Endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate32.errors = vErrors;
return errors === 0;
}

exports.RawWriteCmd = validate33;
const schema81 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RawWriteCmd.json","title":"RawWriteCmd","description":"Write bytes to a device endpoint (development use; servers may refuse raw messages).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to write to.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to write to.","type":"string"},"Data":{"description":"Bytes to write.","type":"array","items":{"type":"integer","minimum":0,"maximum":255}},"WriteWithResponse":{"description":"True if a BLE write-with-response is required.","type":"boolean"}},"required":["Id","DeviceIndex","Endpoint","Data","WriteWithResponse"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v2 message enums (buttplug_server message/v2) no longer include this message (raw and RSSI messages were removed from the codebase with spec v4); bpkit follows the docs, which define it for v2."}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RawWriteCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Endpoint === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Endpoint"},message:"must have required property '"+"Endpoint"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Data"},message:"must have required property '"+"Data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.WriteWithResponse === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "WriteWithResponse"},message:"must have required property '"+"WriteWithResponse"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Endpoint")) || (key0 === "Data")) || (key0 === "WriteWithResponse"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Endpoint !== undefined){
if(typeof data.Endpoint !== "string"){
const err12 = {instancePath:instancePath+"/Endpoint",schemaPath:"#/properties/Endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.Data !== undefined){
let data3 = data.Data;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err13 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 255 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err16 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.WriteWithResponse !== undefined){
if(typeof data.WriteWithResponse !== "boolean"){
const err17 = {instancePath:instancePath+"/WriteWithResponse",schemaPath:"#/properties/WriteWithResponse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}

exports.RequestDeviceList = validate34;
const schema84 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RequestDeviceList.json","title":"RequestDeviceList","description":"Client request for the list of known devices, without scanning.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["DeviceList","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RequestDeviceList.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
validate34.errors = vErrors;
return errors === 0;
}

exports.RequestServerInfo = validate35;
const schema86 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RequestServerInfo.json","title":"RequestServerInfo","description":"Handshake: the client introduces itself, states the message spec version it speaks, and asks for server information.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"ClientName":{"description":"Name of the client, for server UI.","type":"string"},"MessageVersion":{"description":"Message spec version of the client.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ClientName","MessageVersion"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["ServerInfo","Error"],"introduced":0,"changed":[1,4],"deprecated":null,"note":"The reference server treats a missing MessageVersion as 0; bpkit follows the docs, where MessageVersion is a required field from v1 on."}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RequestServerInfo.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ClientName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ClientName"},message:"must have required property '"+"ClientName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.MessageVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MessageVersion"},message:"must have required property '"+"MessageVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "ClientName")) || (key0 === "MessageVersion"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.ClientName !== undefined){
if(typeof data.ClientName !== "string"){
const err7 = {instancePath:instancePath+"/ClientName",schemaPath:"#/properties/ClientName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.MessageVersion !== undefined){
let data2 = data.MessageVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

exports.RotateCmd = validate36;
const schema88 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/RotateCmd.json","title":"RotateCmd","description":"Rotate rotating features of a device at speeds in directions.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Rotations":{"description":"One entry per rotator to set.","type":"array","minItems":1,"items":{"title":"RotationSubcommand","description":"Speed and direction for one rotator.","type":"object","properties":{"Index":{"description":"Index of the rotator (below the RotateCmd FeatureCount).","type":"integer","minimum":0,"maximum":4294967295},"Speed":{"description":"Rotation speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"},"Clockwise":{"description":"Rotation direction (clockwise may be subjective).","type":"boolean"}},"required":["Index","Speed","Clockwise"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Rotations"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":4}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/RotateCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Rotations === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Rotations"},message:"must have required property '"+"Rotations"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Rotations"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Rotations !== undefined){
let data2 = data.Rotations;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/Rotations",schemaPath:"#/properties/Rotations/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.Index === undefined){
const err11 = {instancePath:instancePath+"/Rotations/" + i0,schemaPath:"#/properties/Rotations/items/required",keyword:"required",params:{missingProperty: "Index"},message:"must have required property '"+"Index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.Speed === undefined){
const err12 = {instancePath:instancePath+"/Rotations/" + i0,schemaPath:"#/properties/Rotations/items/required",keyword:"required",params:{missingProperty: "Speed"},message:"must have required property '"+"Speed"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.Clockwise === undefined){
const err13 = {instancePath:instancePath+"/Rotations/" + i0,schemaPath:"#/properties/Rotations/items/required",keyword:"required",params:{missingProperty: "Clockwise"},message:"must have required property '"+"Clockwise"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "Index") || (key1 === "Speed")) || (key1 === "Clockwise"))){
const err14 = {instancePath:instancePath+"/Rotations/" + i0,schemaPath:"#/properties/Rotations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data3.Index !== undefined){
let data4 = data3.Index;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/Rotations/" + i0+"/Index",schemaPath:"#/properties/Rotations/items/properties/Index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/Rotations/" + i0+"/Index",schemaPath:"#/properties/Rotations/items/properties/Index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/Rotations/" + i0+"/Index",schemaPath:"#/properties/Rotations/items/properties/Index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.Speed !== undefined){
let data5 = data3.Speed;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/Rotations/" + i0+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/Rotations/" + i0+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/Rotations/" + i0+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.Clockwise !== undefined){
if(typeof data3.Clockwise !== "boolean"){
const err21 = {instancePath:instancePath+"/Rotations/" + i0+"/Clockwise",schemaPath:"#/properties/Rotations/items/properties/Clockwise/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err22 = {instancePath:instancePath+"/Rotations/" + i0,schemaPath:"#/properties/Rotations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err23 = {instancePath:instancePath+"/Rotations",schemaPath:"#/properties/Rotations/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate36.errors = vErrors;
return errors === 0;
}

exports.ScanningFinished = validate37;
const schema92 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/ScanningFinished.json","title":"ScanningFinished","description":"Server event: scanning stopped on every bus (after StopScanning or on its own).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/ScanningFinished.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(0 !== data0){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
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
validate37.errors = vErrors;
return errors === 0;
}

exports.ServerInfo = validate38;
const schema94 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/ServerInfo.json","title":"ServerInfo","description":"Handshake reply: server name, message spec version and ping interval.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ServerName":{"description":"Name of the server; may be empty.","type":"string"},"MessageVersion":{"description":"Message spec version in use; equals the version the client sent in RequestServerInfo.","type":"integer","minimum":0,"maximum":4294967295},"MaxPingTime":{"description":"Longest time between client Pings before the server disconnects, in milliseconds.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ServerName","MessageVersion","MaxPingTime"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[2,4],"deprecated":null}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/ServerInfo.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ServerName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ServerName"},message:"must have required property '"+"ServerName"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.MessageVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MessageVersion"},message:"must have required property '"+"MessageVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.MaxPingTime === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MaxPingTime"},message:"must have required property '"+"MaxPingTime"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "ServerName")) || (key0 === "MessageVersion")) || (key0 === "MaxPingTime"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ServerName !== undefined){
if(typeof data.ServerName !== "string"){
const err8 = {instancePath:instancePath+"/ServerName",schemaPath:"#/properties/ServerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.MessageVersion !== undefined){
let data2 = data.MessageVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.MaxPingTime !== undefined){
let data3 = data.MaxPingTime;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}

exports.StartScanning = validate39;
const schema96 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/StartScanning.json","title":"StartScanning","description":"Client request to start scanning for devices on every bus the server knows.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/StartScanning.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
validate39.errors = vErrors;
return errors === 0;
}

exports.StopAllDevices = validate40;
const schema98 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/StopAllDevices.json","title":"StopAllDevices","description":"Stop every connected device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":4}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/StopAllDevices.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
validate40.errors = vErrors;
return errors === 0;
}

exports.StopDeviceCmd = validate41;
const schema100 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/StopDeviceCmd.json","title":"StopDeviceCmd","description":"Stop whatever a device is doing.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to stop.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":4}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/StopDeviceCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "DeviceIndex"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

exports.StopScanning = validate42;
const schema103 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/StopScanning.json","title":"StopScanning","description":"Client request to stop scanning for devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/StopScanning.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Id")){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
validate42.errors = vErrors;
return errors === 0;
}

exports.VibrateCmd = validate43;
const schema105 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v2/VibrateCmd.json","title":"VibrateCmd","description":"Run vibration motors of a device at given speeds.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Speeds":{"description":"One entry per motor to set.","type":"array","minItems":1,"items":{"title":"VibrateSubcommand","description":"Speed for one vibration motor.","type":"object","properties":{"Index":{"description":"Index of the vibration motor (below the VibrateCmd FeatureCount).","type":"integer","minimum":0,"maximum":4294967295},"Speed":{"description":"Vibration speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Index","Speed"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Speeds"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":3}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v2/VibrateCmd.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Id"},message:"must have required property '"+"Id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.DeviceIndex === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceIndex"},message:"must have required property '"+"DeviceIndex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.Speeds === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Speeds"},message:"must have required property '"+"Speeds"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Speeds"))){
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
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.DeviceIndex !== undefined){
let data1 = data.DeviceIndex;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err7 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 4294967295 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/DeviceIndex",schemaPath:"../common.json#/definitions/DeviceIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Speeds !== undefined){
let data2 = data.Speeds;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/Speeds",schemaPath:"#/properties/Speeds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.Index === undefined){
const err11 = {instancePath:instancePath+"/Speeds/" + i0,schemaPath:"#/properties/Speeds/items/required",keyword:"required",params:{missingProperty: "Index"},message:"must have required property '"+"Index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.Speed === undefined){
const err12 = {instancePath:instancePath+"/Speeds/" + i0,schemaPath:"#/properties/Speeds/items/required",keyword:"required",params:{missingProperty: "Speed"},message:"must have required property '"+"Speed"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "Index") || (key1 === "Speed"))){
const err13 = {instancePath:instancePath+"/Speeds/" + i0,schemaPath:"#/properties/Speeds/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.Index !== undefined){
let data4 = data3.Index;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err14 = {instancePath:instancePath+"/Speeds/" + i0+"/Index",schemaPath:"#/properties/Speeds/items/properties/Index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/Speeds/" + i0+"/Index",schemaPath:"#/properties/Speeds/items/properties/Index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/Speeds/" + i0+"/Index",schemaPath:"#/properties/Speeds/items/properties/Index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.Speed !== undefined){
let data5 = data3.Speed;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/Speeds/" + i0+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/Speeds/" + i0+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err19 = {instancePath:instancePath+"/Speeds/" + i0+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
const err20 = {instancePath:instancePath+"/Speeds/" + i0,schemaPath:"#/properties/Speeds/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err21 = {instancePath:instancePath+"/Speeds",schemaPath:"#/properties/Speeds/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}

