// generated — do not edit. Source: schema/v4/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Precompiled ajv standalone validators (spec v4 message bodies): no schema compilation at run time.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeviceList = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/DeviceList.json","title":"DeviceList","description":"The connected devices: the reply to RequestDeviceList, and an event (Id 0) whenever a device connects or disconnects.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ServerId"},"Devices":{"title":"Devices","description":"Devices by DeviceIndex.","type":"object","patternProperties":{"^[0-9]+$":{"$ref":"defs.json#/definitions/DeviceInfo"}},"additionalProperties":false}},"required":["Id","Devices"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","replies":[],"introduced":0,"changed":[1,2,3,4],"deprecated":null,"note":"Output/Input are absent when a feature has none (the docs say 'may be null'; bpkit, like the reference, omits them rather than sending null). InputType keys follow the docs (RSSI, and Position as in the DeviceList example); the reference serializes RSSI as Rssi and also has Depth and Unknown."}};
const schema13 = {"description":"Id of a server message that is either a reply (request's Id) or an event (0).","type":"integer","minimum":0,"maximum":4294967295};
const pattern0 = new RegExp("^[0-9]+$", "u");
const schema15 = {"title":"DeviceInfo","description":"A device in a DeviceList.","type":"object","properties":{"DeviceName":{"description":"Descriptive name of the device, from the device configuration.","type":"string"},"DeviceIndex":{"description":"Index of the device (repeats its key in Devices).","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessageTimingGap":{"description":"Minimum gap between commands, in milliseconds, enforced by the server (0 = none).","type":"integer","minimum":0,"maximum":4294967295},"DeviceDisplayName":{"description":"User-set display name of the device.","type":"string"},"DeviceFeatures":{"title":"DeviceFeatures","description":"Features of the device by FeatureIndex.","type":"object","patternProperties":{"^[0-9]+$":{"$ref":"defs.json#/definitions/DeviceFeature"}},"additionalProperties":false}},"required":["DeviceName","DeviceIndex","DeviceMessageTimingGap","DeviceFeatures"],"additionalProperties":false};
const schema16 = {"description":"Index of a device, as the server announced it.","type":"integer","minimum":0,"maximum":4294967295};
const schema17 = {"title":"DeviceFeature","description":"One feature of a device: its outputs and inputs.","type":"object","properties":{"FeatureIndex":{"description":"Index of the feature (repeats its key in DeviceFeatures).","type":"integer","minimum":0,"maximum":4294967295},"FeatureDescription":{"description":"Text descriptor of the feature.","type":"string"},"Output":{"$ref":"defs.json#/definitions/FeatureOutput"},"Input":{"$ref":"defs.json#/definitions/FeatureInput"}},"required":["FeatureIndex","FeatureDescription"],"additionalProperties":false};
const schema18 = {"title":"FeatureOutput","description":"Outputs of a feature: OutputType → limits. Duration is only valid (and required) for HwPositionWithDuration.","type":"object","properties":{"Vibrate":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Rotate":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"RotationWithDirection":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Oscillate":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Constrict":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Spray":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Temperature":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Led":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"Position":{"$ref":"defs.json#/definitions/FeatureOutputProperties"},"HwPositionWithDuration":{"$ref":"defs.json#/definitions/FeatureOutputDurationProperties"}},"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const schema19 = {"title":"FeatureOutputProperties","description":"Limits of one output type of a feature.","type":"object","properties":{"Value":{"description":"Range the output's Value can be set to.","$ref":"defs.json#/definitions/Range"}},"required":["Value"],"additionalProperties":false};
const schema20 = {"description":"Inclusive [min, max] range of signed 32-bit values.","type":"array","items":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"minItems":2,"maxItems":2};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "Value")){
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
if(data.Value !== undefined){
let data0 = data.Value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err2 = {instancePath:instancePath+"/Value",schemaPath:"defs.json#/definitions/Range/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 2){
const err3 = {instancePath:instancePath+"/Value",schemaPath:"defs.json#/definitions/Range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
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
const err4 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
}
else {
const err7 = {instancePath:instancePath+"/Value",schemaPath:"defs.json#/definitions/Range/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

const schema21 = {"title":"FeatureOutputDurationProperties","description":"Limits of a HwPositionWithDuration output.","type":"object","properties":{"Value":{"description":"Range of the goal position.","$ref":"defs.json#/definitions/Range"},"Duration":{"description":"Range of the movement duration, in milliseconds.","$ref":"defs.json#/definitions/DurationRange"}},"required":["Value","Duration"],"additionalProperties":false};
const schema23 = {"description":"Inclusive [min, max] range of durations in milliseconds (unsigned 32-bit).","type":"array","items":{"type":"integer","minimum":0,"maximum":4294967295},"minItems":2,"maxItems":2};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Duration === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Duration"},message:"must have required property '"+"Duration"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Value") || (key0 === "Duration"))){
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
if(data.Value !== undefined){
let data0 = data.Value;
if(Array.isArray(data0)){
if(data0.length > 2){
const err3 = {instancePath:instancePath+"/Value",schemaPath:"defs.json#/definitions/Range/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 2){
const err4 = {instancePath:instancePath+"/Value",schemaPath:"defs.json#/definitions/Range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
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
let data1 = data0[i0];
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2147483647 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < -2147483648 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
const err8 = {instancePath:instancePath+"/Value",schemaPath:"defs.json#/definitions/Range/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Duration !== undefined){
let data2 = data.Duration;
if(Array.isArray(data2)){
if(data2.length > 2){
const err9 = {instancePath:instancePath+"/Duration",schemaPath:"defs.json#/definitions/DurationRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.length < 2){
const err10 = {instancePath:instancePath+"/Duration",schemaPath:"defs.json#/definitions/DurationRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/Duration/" + i1,schemaPath:"defs.json#/definitions/DurationRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/Duration/" + i1,schemaPath:"defs.json#/definitions/DurationRange/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/Duration/" + i1,schemaPath:"defs.json#/definitions/DurationRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err14 = {instancePath:instancePath+"/Duration",schemaPath:"defs.json#/definitions/DurationRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema18.properties, key0))){
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
if(data.Vibrate !== undefined){
if(!(validate16(data.Vibrate, {instancePath:instancePath+"/Vibrate",parentData:data,parentDataProperty:"Vibrate",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Rotate !== undefined){
if(!(validate16(data.Rotate, {instancePath:instancePath+"/Rotate",parentData:data,parentDataProperty:"Rotate",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.RotationWithDirection !== undefined){
if(!(validate16(data.RotationWithDirection, {instancePath:instancePath+"/RotationWithDirection",parentData:data,parentDataProperty:"RotationWithDirection",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Oscillate !== undefined){
if(!(validate16(data.Oscillate, {instancePath:instancePath+"/Oscillate",parentData:data,parentDataProperty:"Oscillate",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Constrict !== undefined){
if(!(validate16(data.Constrict, {instancePath:instancePath+"/Constrict",parentData:data,parentDataProperty:"Constrict",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Spray !== undefined){
if(!(validate16(data.Spray, {instancePath:instancePath+"/Spray",parentData:data,parentDataProperty:"Spray",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Temperature !== undefined){
if(!(validate16(data.Temperature, {instancePath:instancePath+"/Temperature",parentData:data,parentDataProperty:"Temperature",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Led !== undefined){
if(!(validate16(data.Led, {instancePath:instancePath+"/Led",parentData:data,parentDataProperty:"Led",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.Position !== undefined){
if(!(validate16(data.Position, {instancePath:instancePath+"/Position",parentData:data,parentDataProperty:"Position",rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
if(data.HwPositionWithDuration !== undefined){
if(!(validate26(data.HwPositionWithDuration, {instancePath:instancePath+"/HwPositionWithDuration",parentData:data,parentDataProperty:"HwPositionWithDuration",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

const schema24 = {"title":"FeatureInput","description":"Inputs of a feature: InputType → ranges and commands.","type":"object","properties":{"Battery":{"$ref":"defs.json#/definitions/FeatureInputProperties"},"RSSI":{"$ref":"defs.json#/definitions/FeatureInputProperties"},"Pressure":{"$ref":"defs.json#/definitions/FeatureInputProperties"},"Button":{"$ref":"defs.json#/definitions/FeatureInputProperties"},"Position":{"$ref":"defs.json#/definitions/FeatureInputProperties"}},"additionalProperties":false};
const schema25 = {"title":"FeatureInputProperties","description":"Ranges and commands of one input type of a feature.","type":"object","properties":{"Value":{"description":"One range per value a reading returns.","type":"array","items":{"$ref":"defs.json#/definitions/Range"},"minItems":1},"Command":{"description":"InputCmd commands this input accepts.","type":"array","items":{"$ref":"defs.json#/definitions/InputCommandType"},"minItems":1,"uniqueItems":true}},"required":["Value","Command"],"additionalProperties":false};
const schema27 = {"title":"InputCommandType","description":"What an InputCmd asks for.","type":"string","enum":["Read","Subscribe","Unsubscribe"]};
const func0 = require("ajv/dist/runtime/equal").default;

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.Value === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.Command === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Command"},message:"must have required property '"+"Command"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Value") || (key0 === "Command"))){
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
if(data.Value !== undefined){
let data0 = data.Value;
if(Array.isArray(data0)){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/Value",schemaPath:"#/properties/Value/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
const err4 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 2){
const err5 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
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
const err6 = {instancePath:instancePath+"/Value/" + i0+"/" + i1,schemaPath:"defs.json#/definitions/Range/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2147483647 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/Value/" + i0+"/" + i1,schemaPath:"defs.json#/definitions/Range/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < -2147483648 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/Value/" + i0+"/" + i1,schemaPath:"defs.json#/definitions/Range/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
const err9 = {instancePath:instancePath+"/Value/" + i0,schemaPath:"defs.json#/definitions/Range/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err10 = {instancePath:instancePath+"/Value",schemaPath:"#/properties/Value/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.Command !== undefined){
let data3 = data.Command;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/Command",schemaPath:"#/properties/Command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len2 = data3.length;
for(let i2=0; i2<len2; i2++){
let data4 = data3[i2];
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/Command/" + i2,schemaPath:"defs.json#/definitions/InputCommandType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(((data4 === "Read") || (data4 === "Subscribe")) || (data4 === "Unsubscribe"))){
const err13 = {instancePath:instancePath+"/Command/" + i2,schemaPath:"defs.json#/definitions/InputCommandType/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i3 = data3.length;
let j0;
if(i3 > 1){
outer0:
for(;i3--;){
for(j0 = i3; j0--;){
if(func0(data3[i3], data3[j0])){
const err14 = {instancePath:instancePath+"/Command",schemaPath:"#/properties/Command/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/Command",schemaPath:"#/properties/Command/type",keyword:"type",params:{type: "array"},message:"must be array"};
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


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "Battery") || (key0 === "RSSI")) || (key0 === "Pressure")) || (key0 === "Button")) || (key0 === "Position"))){
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
if(data.Battery !== undefined){
if(!(validate30(data.Battery, {instancePath:instancePath+"/Battery",parentData:data,parentDataProperty:"Battery",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.RSSI !== undefined){
if(!(validate30(data.RSSI, {instancePath:instancePath+"/RSSI",parentData:data,parentDataProperty:"RSSI",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.Pressure !== undefined){
if(!(validate30(data.Pressure, {instancePath:instancePath+"/Pressure",parentData:data,parentDataProperty:"Pressure",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.Button !== undefined){
if(!(validate30(data.Button, {instancePath:instancePath+"/Button",parentData:data,parentDataProperty:"Button",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
if(data.Position !== undefined){
if(!(validate30(data.Position, {instancePath:instancePath+"/Position",parentData:data,parentDataProperty:"Position",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.FeatureIndex === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureIndex"},message:"must have required property '"+"FeatureIndex"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.FeatureDescription === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureDescription"},message:"must have required property '"+"FeatureDescription"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "FeatureIndex") || (key0 === "FeatureDescription")) || (key0 === "Output")) || (key0 === "Input"))){
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
if(data.FeatureIndex !== undefined){
let data0 = data.FeatureIndex;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.FeatureDescription !== undefined){
if(typeof data.FeatureDescription !== "string"){
const err6 = {instancePath:instancePath+"/FeatureDescription",schemaPath:"#/properties/FeatureDescription/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.Output !== undefined){
if(!(validate15(data.Output, {instancePath:instancePath+"/Output",parentData:data,parentDataProperty:"Output",rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
if(data.Input !== undefined){
if(!(validate29(data.Input, {instancePath:instancePath+"/Input",parentData:data,parentDataProperty:"Input",rootData}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
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
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.DeviceMessageTimingGap === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceMessageTimingGap"},message:"must have required property '"+"DeviceMessageTimingGap"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.DeviceFeatures === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DeviceFeatures"},message:"must have required property '"+"DeviceFeatures"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "DeviceName") || (key0 === "DeviceIndex")) || (key0 === "DeviceMessageTimingGap")) || (key0 === "DeviceDisplayName")) || (key0 === "DeviceFeatures"))){
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
if(data.DeviceName !== undefined){
if(typeof data.DeviceName !== "string"){
const err5 = {instancePath:instancePath+"/DeviceName",schemaPath:"#/properties/DeviceName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
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
if(data.DeviceMessageTimingGap !== undefined){
let data2 = data.DeviceMessageTimingGap;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err10 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceDisplayName !== undefined){
if(typeof data.DeviceDisplayName !== "string"){
const err12 = {instancePath:instancePath+"/DeviceDisplayName",schemaPath:"#/properties/DeviceDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.DeviceFeatures !== undefined){
let data4 = data.DeviceFeatures;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(pattern0.test(key1))){
const err13 = {instancePath:instancePath+"/DeviceFeatures",schemaPath:"#/properties/DeviceFeatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
for(const key2 in data4){
if(pattern0.test(key2)){
if(!(validate14(data4[key2], {instancePath:instancePath+"/DeviceFeatures/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data4,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/DeviceFeatures",schemaPath:"#/properties/DeviceFeatures/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/DeviceList.json" */;
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
const err3 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(pattern0.test(key1))){
const err6 = {instancePath:instancePath+"/Devices",schemaPath:"#/properties/Devices/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
for(const key2 in data1){
if(pattern0.test(key2)){
if(!(validate13(data1[key2], {instancePath:instancePath+"/Devices/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data1,parentDataProperty:key2,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/Devices",schemaPath:"#/properties/Devices/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.Disconnect = validate39;
const schema28 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/Disconnect.json","title":"Disconnect","description":"Graceful disconnect: the server stops every device, drops subscriptions, answers Ok and closes the connection.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":4,"changed":[],"deprecated":null,"note":"Not in the reference server's schema or message enums; bpkit follows the docs (identification.md)."}};
const schema29 = {"description":"Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).","type":"integer","minimum":1,"maximum":4294967295};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/Disconnect.json" */;
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

exports.Error = validate40;
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/Error.json","title":"Error","description":"Server reply: the client message with this Id (0 if it could not be read) failed.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ErrorMessage":{"description":"What went wrong.","type":"string"},"ErrorCode":{"$ref":"../common.json#/definitions/ErrorCode"}},"required":["Id","ErrorMessage","ErrorCode"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","note":"Id 0 when no client message can be answered (an unparsable frame, a ping timeout): docs spec/status.md, Error.","replies":[],"introduced":0,"changed":[],"deprecated":null}};
const schema31 = {"description":"Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).","type":"integer","minimum":0,"maximum":4294967295};
const schema32 = {"title":"ErrorCode","description":"0 ERROR_UNKNOWN, 1 ERROR_INIT, 2 ERROR_PING, 3 ERROR_MSG, 4 ERROR_DEVICE.","type":"integer","enum":[0,1,2,3,4],"tsEnumNames":["Unknown","Init","Ping","Msg","Device"]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/Error.json" */;
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
const err9 = {instancePath:instancePath+"/ErrorCode",schemaPath:"../common.json#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values"};
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
validate40.errors = vErrors;
return errors === 0;
}

exports.InputCmd = validate41;
const schema33 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/InputCmd.json","title":"InputCmd","description":"Read, subscribe to, or unsubscribe from one input of one feature of a device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"FeatureIndex":{"description":"Index of the feature.","type":"integer","minimum":0,"maximum":4294967295},"Type":{"$ref":"defs.json#/definitions/InputType"},"Command":{"$ref":"defs.json#/definitions/InputCommandType"}},"required":["Id","DeviceIndex","FeatureIndex","Type","Command"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["InputReading","Ok","Error"],"repliesWhen":[{"pointer":"/Command","equals":"Read","replies":["InputReading","Error"]},{"pointer":"/Command","equals":"Subscribe","replies":["Ok","Error"]},{"pointer":"/Command","equals":"Unsubscribe","replies":["Ok","Error"]}],"introduced":4,"changed":[],"deprecated":null,"note":"InputType values follow the docs (RSSI, not the reference's Rssi)."}};
const schema36 = {"title":"InputType","description":"What an input reports (input.md, InputType). Minor spec versions may add values.","type":"string","enum":["Battery","RSSI","Pressure","Button","Position"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/InputCmd.json" */;
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
if(data.FeatureIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureIndex"},message:"must have required property '"+"FeatureIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Type === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Type"},message:"must have required property '"+"Type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.Command === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Command"},message:"must have required property '"+"Command"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "FeatureIndex")) || (key0 === "Type")) || (key0 === "Command"))){
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
if(data.FeatureIndex !== undefined){
let data2 = data.FeatureIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Type !== undefined){
let data3 = data.Type;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/Type",schemaPath:"defs.json#/definitions/InputType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((data3 === "Battery") || (data3 === "RSSI")) || (data3 === "Pressure")) || (data3 === "Button")) || (data3 === "Position"))){
const err16 = {instancePath:instancePath+"/Type",schemaPath:"defs.json#/definitions/InputType/enum",keyword:"enum",params:{allowedValues: schema36.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Command !== undefined){
let data4 = data.Command;
if(typeof data4 !== "string"){
const err17 = {instancePath:instancePath+"/Command",schemaPath:"defs.json#/definitions/InputCommandType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data4 === "Read") || (data4 === "Subscribe")) || (data4 === "Unsubscribe"))){
const err18 = {instancePath:instancePath+"/Command",schemaPath:"defs.json#/definitions/InputCommandType/enum",keyword:"enum",params:{allowedValues: schema27.enum},message:"must be equal to one of the allowed values"};
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
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}

exports.InputReading = validate42;
const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/InputReading.json","title":"InputReading","description":"Input data: the reply to an InputCmd Read, or (Id 0) a value from a subscription.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ServerId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"FeatureIndex":{"description":"Index of the feature.","type":"integer","minimum":0,"maximum":4294967295},"Reading":{"$ref":"defs.json#/definitions/InputReadingValue"}},"required":["Id","DeviceIndex","FeatureIndex","Reading"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","replies":[],"introduced":4,"changed":[],"deprecated":null,"note":"Value limits per InputType follow input.md (Battery 0–100, RSSI signed 8-bit and negative, Button 0/1, Pressure unsigned 32-bit); Position (used in the docs' DeviceList example) is unsigned 32-bit."}};
const schema41 = {"title":"InputReadingValue","description":"Exactly one InputType key with that type's reading.","type":"object","properties":{"Battery":{"$ref":"defs.json#/definitions/BatteryReading"},"RSSI":{"$ref":"defs.json#/definitions/RssiReading"},"Pressure":{"$ref":"defs.json#/definitions/PressureReading"},"Button":{"$ref":"defs.json#/definitions/ButtonReading"},"Position":{"$ref":"defs.json#/definitions/PositionReading"}},"minProperties":1,"maxProperties":1,"additionalProperties":false};
const schema42 = {"title":"BatteryReading","description":"Battery reading.","type":"object","properties":{"Value":{"description":"Battery level in percent, 0–100.","type":"integer","minimum":0,"maximum":100}},"required":["Value"],"additionalProperties":false};
const schema43 = {"title":"RssiReading","description":"Rssi reading.","type":"object","properties":{"Value":{"description":"Radio signal strength (signed 8-bit, always negative).","type":"integer","minimum":-128,"maximum":-1}},"required":["Value"],"additionalProperties":false};
const schema44 = {"title":"PressureReading","description":"Pressure reading.","type":"object","properties":{"Value":{"description":"Pressure level, device-specific units.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Value"],"additionalProperties":false};
const schema45 = {"title":"ButtonReading","description":"Button reading.","type":"object","properties":{"Value":{"description":"1 = down, 0 = up.","type":"integer","enum":[0,1]}},"required":["Value"],"additionalProperties":false};
const schema46 = {"title":"PositionReading","description":"Position reading.","type":"object","properties":{"Value":{"description":"Position, within the feature's Input Value range.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Value"],"additionalProperties":false};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
for(const key0 in data){
if(!(((((key0 === "Battery") || (key0 === "RSSI")) || (key0 === "Pressure")) || (key0 === "Button")) || (key0 === "Position"))){
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
if(data.Battery !== undefined){
let data0 = data.Battery;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.Value === undefined){
const err3 = {instancePath:instancePath+"/Battery",schemaPath:"defs.json#/definitions/BatteryReading/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "Value")){
const err4 = {instancePath:instancePath+"/Battery",schemaPath:"defs.json#/definitions/BatteryReading/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.Value !== undefined){
let data1 = data0.Value;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/Battery/Value",schemaPath:"defs.json#/definitions/BatteryReading/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/Battery/Value",schemaPath:"defs.json#/definitions/BatteryReading/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/Battery/Value",schemaPath:"defs.json#/definitions/BatteryReading/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err8 = {instancePath:instancePath+"/Battery",schemaPath:"defs.json#/definitions/BatteryReading/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.RSSI !== undefined){
let data2 = data.RSSI;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Value === undefined){
const err9 = {instancePath:instancePath+"/RSSI",schemaPath:"defs.json#/definitions/RssiReading/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "Value")){
const err10 = {instancePath:instancePath+"/RSSI",schemaPath:"defs.json#/definitions/RssiReading/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.Value !== undefined){
let data3 = data2.Value;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/RSSI/Value",schemaPath:"defs.json#/definitions/RssiReading/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > -1 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/RSSI/Value",schemaPath:"defs.json#/definitions/RssiReading/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: -1},message:"must be <= -1"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < -128 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/RSSI/Value",schemaPath:"defs.json#/definitions/RssiReading/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -128},message:"must be >= -128"};
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
}
else {
const err14 = {instancePath:instancePath+"/RSSI",schemaPath:"defs.json#/definitions/RssiReading/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.Pressure !== undefined){
let data4 = data.Pressure;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.Value === undefined){
const err15 = {instancePath:instancePath+"/Pressure",schemaPath:"defs.json#/definitions/PressureReading/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data4){
if(!(key3 === "Value")){
const err16 = {instancePath:instancePath+"/Pressure",schemaPath:"defs.json#/definitions/PressureReading/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.Value !== undefined){
let data5 = data4.Value;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/Pressure/Value",schemaPath:"defs.json#/definitions/PressureReading/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/Pressure/Value",schemaPath:"defs.json#/definitions/PressureReading/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/Pressure/Value",schemaPath:"defs.json#/definitions/PressureReading/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err20 = {instancePath:instancePath+"/Pressure",schemaPath:"defs.json#/definitions/PressureReading/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.Button !== undefined){
let data6 = data.Button;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.Value === undefined){
const err21 = {instancePath:instancePath+"/Button",schemaPath:"defs.json#/definitions/ButtonReading/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key4 in data6){
if(!(key4 === "Value")){
const err22 = {instancePath:instancePath+"/Button",schemaPath:"defs.json#/definitions/ButtonReading/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.Value !== undefined){
let data7 = data6.Value;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/Button/Value",schemaPath:"defs.json#/definitions/ButtonReading/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!((data7 === 0) || (data7 === 1))){
const err24 = {instancePath:instancePath+"/Button/Value",schemaPath:"defs.json#/definitions/ButtonReading/properties/Value/enum",keyword:"enum",params:{allowedValues: schema45.properties.Value.enum},message:"must be equal to one of the allowed values"};
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
const err25 = {instancePath:instancePath+"/Button",schemaPath:"defs.json#/definitions/ButtonReading/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.Position !== undefined){
let data8 = data.Position;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.Value === undefined){
const err26 = {instancePath:instancePath+"/Position",schemaPath:"defs.json#/definitions/PositionReading/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key5 in data8){
if(!(key5 === "Value")){
const err27 = {instancePath:instancePath+"/Position",schemaPath:"defs.json#/definitions/PositionReading/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.Value !== undefined){
let data9 = data8.Value;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/Position/Value",schemaPath:"defs.json#/definitions/PositionReading/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 4294967295 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/Position/Value",schemaPath:"defs.json#/definitions/PositionReading/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/Position/Value",schemaPath:"defs.json#/definitions/PositionReading/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err31 = {instancePath:instancePath+"/Position",schemaPath:"defs.json#/definitions/PositionReading/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/InputReading.json" */;
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
if(data.FeatureIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureIndex"},message:"must have required property '"+"FeatureIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Reading === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Reading"},message:"must have required property '"+"Reading"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "FeatureIndex")) || (key0 === "Reading"))){
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
if(data.FeatureIndex !== undefined){
let data2 = data.FeatureIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Reading !== undefined){
if(!(validate43(data.Reading, {instancePath:instancePath+"/Reading",parentData:data,parentDataProperty:"Reading",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
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
validate42.errors = vErrors;
return errors === 0;
}

exports.Ok = validate45;
const schema47 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/Ok.json","title":"Ok","description":"Server reply: the client message with this Id was received and processed successfully.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/Ok.json" */;
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
validate45.errors = vErrors;
return errors === 0;
}

exports.OutputCmd = validate46;
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/OutputCmd.json","title":"OutputCmd","description":"Set one output of one feature of a device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"FeatureIndex":{"description":"Index of the feature.","type":"integer","minimum":0,"maximum":4294967295},"Command":{"$ref":"defs.json#/definitions/OutputCommand"}},"required":["Id","DeviceIndex","FeatureIndex","Command"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":4,"changed":[],"deprecated":null,"note":"OutputTypes are exactly those of output.md. The docs name the directional rotation type RotationWithDirection (heading, changelog) but its example uses the key RotateWithDirection; bpkit uses RotationWithDirection. The reference server has no RotationWithDirection (it uses signed Rotate values) and its JS client also knows Inflate/Unknown. Rotate takes signed values as the v4 changelog says (output.md lists it as unsigned). Position's command field is Value as in the examples and the reference (output.md's field list says Position)."}};
const schema52 = {"title":"OutputCommand","description":"Exactly one OutputType key with that type's command fields.","type":"object","properties":{"Vibrate":{"$ref":"defs.json#/definitions/OutputValue"},"Rotate":{"$ref":"defs.json#/definitions/OutputSignedValue"},"RotationWithDirection":{"$ref":"defs.json#/definitions/OutputRotationWithDirection"},"Oscillate":{"$ref":"defs.json#/definitions/OutputValue"},"Constrict":{"$ref":"defs.json#/definitions/OutputValue"},"Spray":{"$ref":"defs.json#/definitions/OutputValue"},"Temperature":{"$ref":"defs.json#/definitions/OutputSignedValue"},"Led":{"$ref":"defs.json#/definitions/OutputValue"},"Position":{"$ref":"defs.json#/definitions/OutputValue"},"HwPositionWithDuration":{"$ref":"defs.json#/definitions/OutputPositionWithDuration"}},"minProperties":1,"maxProperties":1,"additionalProperties":false};
const schema53 = {"title":"OutputValue","description":"Command for Vibrate, Oscillate, Constrict, Spray, Led and Position outputs.","type":"object","properties":{"Value":{"description":"Level to set, within the feature's Value range (0 = stop/off).","type":"integer","minimum":0,"maximum":4294967295}},"required":["Value"],"additionalProperties":false};
const schema54 = {"title":"OutputSignedValue","description":"Command for outputs whose range may be negative: Rotate (negative = counterclockwise) and Temperature (negative = cooling).","type":"object","properties":{"Value":{"description":"Level to set, within the feature's (possibly signed) Value range; 0 = stop/neutral.","type":"integer","minimum":-2147483648,"maximum":2147483647}},"required":["Value"],"additionalProperties":false};
const schema55 = {"title":"OutputRotationWithDirection","description":"Command for a RotationWithDirection output.","type":"object","properties":{"Value":{"description":"Rotation speed, within the feature's Value range (0 = stop).","type":"integer","minimum":0,"maximum":4294967295},"Clockwise":{"description":"True to rotate clockwise, false counterclockwise.","type":"boolean"}},"required":["Value","Clockwise"],"additionalProperties":false};
const schema62 = {"title":"OutputPositionWithDuration","description":"Command for a HwPositionWithDuration output.","type":"object","properties":{"Value":{"description":"Goal position, within the feature's Value range.","type":"integer","minimum":0,"maximum":4294967295},"Duration":{"description":"Time to reach the goal position, in milliseconds.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Value","Duration"],"additionalProperties":false};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
for(const key0 in data){
if(!(func2.call(schema52.properties, key0))){
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
if(data.Vibrate !== undefined){
let data0 = data.Vibrate;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.Value === undefined){
const err3 = {instancePath:instancePath+"/Vibrate",schemaPath:"defs.json#/definitions/OutputValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "Value")){
const err4 = {instancePath:instancePath+"/Vibrate",schemaPath:"defs.json#/definitions/OutputValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.Value !== undefined){
let data1 = data0.Value;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/Vibrate/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err6 = {instancePath:instancePath+"/Vibrate/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/Vibrate/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err8 = {instancePath:instancePath+"/Vibrate",schemaPath:"defs.json#/definitions/OutputValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.Rotate !== undefined){
let data2 = data.Rotate;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.Value === undefined){
const err9 = {instancePath:instancePath+"/Rotate",schemaPath:"defs.json#/definitions/OutputSignedValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "Value")){
const err10 = {instancePath:instancePath+"/Rotate",schemaPath:"defs.json#/definitions/OutputSignedValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.Value !== undefined){
let data3 = data2.Value;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/Rotate/Value",schemaPath:"defs.json#/definitions/OutputSignedValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 2147483647 || isNaN(data3)){
const err12 = {instancePath:instancePath+"/Rotate/Value",schemaPath:"defs.json#/definitions/OutputSignedValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < -2147483648 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/Rotate/Value",schemaPath:"defs.json#/definitions/OutputSignedValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
}
else {
const err14 = {instancePath:instancePath+"/Rotate",schemaPath:"defs.json#/definitions/OutputSignedValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.RotationWithDirection !== undefined){
let data4 = data.RotationWithDirection;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.Value === undefined){
const err15 = {instancePath:instancePath+"/RotationWithDirection",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.Clockwise === undefined){
const err16 = {instancePath:instancePath+"/RotationWithDirection",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/required",keyword:"required",params:{missingProperty: "Clockwise"},message:"must have required property '"+"Clockwise"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data4){
if(!((key3 === "Value") || (key3 === "Clockwise"))){
const err17 = {instancePath:instancePath+"/RotationWithDirection",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.Value !== undefined){
let data5 = data4.Value;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err18 = {instancePath:instancePath+"/RotationWithDirection/Value",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err19 = {instancePath:instancePath+"/RotationWithDirection/Value",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/RotationWithDirection/Value",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data4.Clockwise !== undefined){
if(typeof data4.Clockwise !== "boolean"){
const err21 = {instancePath:instancePath+"/RotationWithDirection/Clockwise",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/properties/Clockwise/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err22 = {instancePath:instancePath+"/RotationWithDirection",schemaPath:"defs.json#/definitions/OutputRotationWithDirection/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.Oscillate !== undefined){
let data7 = data.Oscillate;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.Value === undefined){
const err23 = {instancePath:instancePath+"/Oscillate",schemaPath:"defs.json#/definitions/OutputValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key4 in data7){
if(!(key4 === "Value")){
const err24 = {instancePath:instancePath+"/Oscillate",schemaPath:"defs.json#/definitions/OutputValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.Value !== undefined){
let data8 = data7.Value;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/Oscillate/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 4294967295 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/Oscillate/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/Oscillate/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/Oscillate",schemaPath:"defs.json#/definitions/OutputValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.Constrict !== undefined){
let data9 = data.Constrict;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.Value === undefined){
const err29 = {instancePath:instancePath+"/Constrict",schemaPath:"defs.json#/definitions/OutputValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key5 in data9){
if(!(key5 === "Value")){
const err30 = {instancePath:instancePath+"/Constrict",schemaPath:"defs.json#/definitions/OutputValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data9.Value !== undefined){
let data10 = data9.Value;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err31 = {instancePath:instancePath+"/Constrict/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 4294967295 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/Constrict/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err33 = {instancePath:instancePath+"/Constrict/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err34 = {instancePath:instancePath+"/Constrict",schemaPath:"defs.json#/definitions/OutputValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.Spray !== undefined){
let data11 = data.Spray;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.Value === undefined){
const err35 = {instancePath:instancePath+"/Spray",schemaPath:"defs.json#/definitions/OutputValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key6 in data11){
if(!(key6 === "Value")){
const err36 = {instancePath:instancePath+"/Spray",schemaPath:"defs.json#/definitions/OutputValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.Value !== undefined){
let data12 = data11.Value;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err37 = {instancePath:instancePath+"/Spray/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 4294967295 || isNaN(data12)){
const err38 = {instancePath:instancePath+"/Spray/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err39 = {instancePath:instancePath+"/Spray/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err40 = {instancePath:instancePath+"/Spray",schemaPath:"defs.json#/definitions/OutputValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.Temperature !== undefined){
let data13 = data.Temperature;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.Value === undefined){
const err41 = {instancePath:instancePath+"/Temperature",schemaPath:"defs.json#/definitions/OutputSignedValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key7 in data13){
if(!(key7 === "Value")){
const err42 = {instancePath:instancePath+"/Temperature",schemaPath:"defs.json#/definitions/OutputSignedValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.Value !== undefined){
let data14 = data13.Value;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err43 = {instancePath:instancePath+"/Temperature/Value",schemaPath:"defs.json#/definitions/OutputSignedValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 2147483647 || isNaN(data14)){
const err44 = {instancePath:instancePath+"/Temperature/Value",schemaPath:"defs.json#/definitions/OutputSignedValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data14 < -2147483648 || isNaN(data14)){
const err45 = {instancePath:instancePath+"/Temperature/Value",schemaPath:"defs.json#/definitions/OutputSignedValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
}
else {
const err46 = {instancePath:instancePath+"/Temperature",schemaPath:"defs.json#/definitions/OutputSignedValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.Led !== undefined){
let data15 = data.Led;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.Value === undefined){
const err47 = {instancePath:instancePath+"/Led",schemaPath:"defs.json#/definitions/OutputValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key8 in data15){
if(!(key8 === "Value")){
const err48 = {instancePath:instancePath+"/Led",schemaPath:"defs.json#/definitions/OutputValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data15.Value !== undefined){
let data16 = data15.Value;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err49 = {instancePath:instancePath+"/Led/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 4294967295 || isNaN(data16)){
const err50 = {instancePath:instancePath+"/Led/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16 < 0 || isNaN(data16)){
const err51 = {instancePath:instancePath+"/Led/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err52 = {instancePath:instancePath+"/Led",schemaPath:"defs.json#/definitions/OutputValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.Position !== undefined){
let data17 = data.Position;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.Value === undefined){
const err53 = {instancePath:instancePath+"/Position",schemaPath:"defs.json#/definitions/OutputValue/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key9 in data17){
if(!(key9 === "Value")){
const err54 = {instancePath:instancePath+"/Position",schemaPath:"defs.json#/definitions/OutputValue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data17.Value !== undefined){
let data18 = data17.Value;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err55 = {instancePath:instancePath+"/Position/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 4294967295 || isNaN(data18)){
const err56 = {instancePath:instancePath+"/Position/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err57 = {instancePath:instancePath+"/Position/Value",schemaPath:"defs.json#/definitions/OutputValue/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
}
else {
const err58 = {instancePath:instancePath+"/Position",schemaPath:"defs.json#/definitions/OutputValue/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.HwPositionWithDuration !== undefined){
let data19 = data.HwPositionWithDuration;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.Value === undefined){
const err59 = {instancePath:instancePath+"/HwPositionWithDuration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/required",keyword:"required",params:{missingProperty: "Value"},message:"must have required property '"+"Value"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data19.Duration === undefined){
const err60 = {instancePath:instancePath+"/HwPositionWithDuration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/required",keyword:"required",params:{missingProperty: "Duration"},message:"must have required property '"+"Duration"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
for(const key10 in data19){
if(!((key10 === "Value") || (key10 === "Duration"))){
const err61 = {instancePath:instancePath+"/HwPositionWithDuration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data19.Value !== undefined){
let data20 = data19.Value;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err62 = {instancePath:instancePath+"/HwPositionWithDuration/Value",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/properties/Value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 4294967295 || isNaN(data20)){
const err63 = {instancePath:instancePath+"/HwPositionWithDuration/Value",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/properties/Value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err64 = {instancePath:instancePath+"/HwPositionWithDuration/Value",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/properties/Value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
if(data19.Duration !== undefined){
let data21 = data19.Duration;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err65 = {instancePath:instancePath+"/HwPositionWithDuration/Duration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/properties/Duration/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 4294967295 || isNaN(data21)){
const err66 = {instancePath:instancePath+"/HwPositionWithDuration/Duration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/properties/Duration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err67 = {instancePath:instancePath+"/HwPositionWithDuration/Duration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/properties/Duration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
}
else {
const err68 = {instancePath:instancePath+"/HwPositionWithDuration",schemaPath:"defs.json#/definitions/OutputPositionWithDuration/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}


function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/OutputCmd.json" */;
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
if(data.FeatureIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureIndex"},message:"must have required property '"+"FeatureIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Command === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Command"},message:"must have required property '"+"Command"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "FeatureIndex")) || (key0 === "Command"))){
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
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.FeatureIndex !== undefined){
let data2 = data.FeatureIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Command !== undefined){
if(!(validate47(data.Command, {instancePath:instancePath+"/Command",parentData:data,parentDataProperty:"Command",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
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
validate46.errors = vErrors;
return errors === 0;
}

exports.Ping = validate49;
const schema63 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/Ping.json","title":"Ping","description":"Watchdog: the client must send one within MaxPingTime.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/Ping.json" */;
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
validate49.errors = vErrors;
return errors === 0;
}

exports.RequestDeviceList = validate50;
const schema65 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/RequestDeviceList.json","title":"RequestDeviceList","description":"Ask for the current device list without scanning.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["DeviceList","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/RequestDeviceList.json" */;
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
validate50.errors = vErrors;
return errors === 0;
}

exports.RequestServerInfo = validate51;
const schema67 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/RequestServerInfo.json","title":"RequestServerInfo","description":"Handshake: the client introduces itself and states the protocol version it speaks.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"ClientName":{"description":"Name of the client, for server UI.","type":"string"},"ProtocolVersionMajor":{"description":"Protocol major version of the client (4).","type":"integer","minimum":0,"maximum":4294967295},"ProtocolVersionMinor":{"description":"Protocol minor version of the client.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ClientName","ProtocolVersionMajor","ProtocolVersionMinor"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["ServerInfo","Error"],"introduced":0,"changed":[1,4],"deprecated":null}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/RequestServerInfo.json" */;
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
if(data.ProtocolVersionMajor === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ProtocolVersionMajor"},message:"must have required property '"+"ProtocolVersionMajor"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ProtocolVersionMinor === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ProtocolVersionMinor"},message:"must have required property '"+"ProtocolVersionMinor"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "ClientName")) || (key0 === "ProtocolVersionMajor")) || (key0 === "ProtocolVersionMinor"))){
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
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ClientId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.ClientName !== undefined){
if(typeof data.ClientName !== "string"){
const err8 = {instancePath:instancePath+"/ClientName",schemaPath:"#/properties/ClientName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.ProtocolVersionMajor !== undefined){
let data2 = data.ProtocolVersionMajor;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/ProtocolVersionMajor",schemaPath:"#/properties/ProtocolVersionMajor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err10 = {instancePath:instancePath+"/ProtocolVersionMajor",schemaPath:"#/properties/ProtocolVersionMajor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/ProtocolVersionMajor",schemaPath:"#/properties/ProtocolVersionMajor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ProtocolVersionMinor !== undefined){
let data3 = data.ProtocolVersionMinor;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/ProtocolVersionMinor",schemaPath:"#/properties/ProtocolVersionMinor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err13 = {instancePath:instancePath+"/ProtocolVersionMinor",schemaPath:"#/properties/ProtocolVersionMinor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/ProtocolVersionMinor",schemaPath:"#/properties/ProtocolVersionMinor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
validate51.errors = vErrors;
return errors === 0;
}

exports.ScanningFinished = validate52;
const schema69 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/ScanningFinished.json","title":"ScanningFinished","description":"Event: the server stopped scanning on every bus.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":null}};
const schema70 = {"description":"Id of a server-initiated message: always 0.","type":"integer","const":0};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/ScanningFinished.json" */;
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
validate52.errors = vErrors;
return errors === 0;
}

exports.ServerInfo = validate53;
const schema71 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/ServerInfo.json","title":"ServerInfo","description":"Handshake reply: server name, protocol version and ping interval.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ServerName":{"description":"Name of the server; may be empty.","type":"string"},"MaxPingTime":{"description":"Longest time between client Pings before the server disconnects, in milliseconds (0 = no ping needed).","type":"integer","minimum":0,"maximum":4294967295},"ProtocolVersionMajor":{"description":"Protocol major version of the server.","type":"integer","minimum":0,"maximum":4294967295},"ProtocolVersionMinor":{"description":"Protocol minor version of the server.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ServerName","MaxPingTime","ProtocolVersionMajor","ProtocolVersionMinor"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[2,4],"deprecated":null,"note":"The reference schema leaves every ServerInfo field optional; the docs list them all as fields, so bpkit requires them."}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/ServerInfo.json" */;
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
if(data.MaxPingTime === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MaxPingTime"},message:"must have required property '"+"MaxPingTime"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.ProtocolVersionMajor === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ProtocolVersionMajor"},message:"must have required property '"+"ProtocolVersionMajor"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.ProtocolVersionMinor === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ProtocolVersionMinor"},message:"must have required property '"+"ProtocolVersionMinor"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Id") || (key0 === "ServerName")) || (key0 === "MaxPingTime")) || (key0 === "ProtocolVersionMajor")) || (key0 === "ProtocolVersionMinor"))){
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
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ServerName !== undefined){
if(typeof data.ServerName !== "string"){
const err9 = {instancePath:instancePath+"/ServerName",schemaPath:"#/properties/ServerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.MaxPingTime !== undefined){
let data2 = data.MaxPingTime;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 4294967295 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ProtocolVersionMajor !== undefined){
let data3 = data.ProtocolVersionMajor;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/ProtocolVersionMajor",schemaPath:"#/properties/ProtocolVersionMajor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err14 = {instancePath:instancePath+"/ProtocolVersionMajor",schemaPath:"#/properties/ProtocolVersionMajor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/ProtocolVersionMajor",schemaPath:"#/properties/ProtocolVersionMajor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ProtocolVersionMinor !== undefined){
let data4 = data.ProtocolVersionMinor;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/ProtocolVersionMinor",schemaPath:"#/properties/ProtocolVersionMinor/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/ProtocolVersionMinor",schemaPath:"#/properties/ProtocolVersionMinor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/ProtocolVersionMinor",schemaPath:"#/properties/ProtocolVersionMinor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}

exports.StartScanning = validate54;
const schema73 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/StartScanning.json","title":"StartScanning","description":"Start scanning for devices on every bus the server knows.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/StartScanning.json" */;
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
validate54.errors = vErrors;
return errors === 0;
}

exports.StopCmd = validate55;
const schema75 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/StopCmd.json","title":"StopCmd","description":"Stop all devices, one device, or one feature of a device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Device to stop; absent = every device.","$ref":"../common.json#/definitions/DeviceIndex"},"FeatureIndex":{"description":"Feature to stop on DeviceIndex; ignored without DeviceIndex.","type":"integer","minimum":0,"maximum":4294967295},"Inputs":{"description":"Unsubscribe subscribed inputs in the selection (default true).","type":"boolean"},"Outputs":{"description":"Stop outputs in the selection (default true).","type":"boolean"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":4,"changed":[],"deprecated":null}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/StopCmd.json" */;
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
if(!(((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "FeatureIndex")) || (key0 === "Inputs")) || (key0 === "Outputs"))){
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
if(data.FeatureIndex !== undefined){
let data2 = data.FeatureIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err9 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/FeatureIndex",schemaPath:"#/properties/FeatureIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Inputs !== undefined){
if(typeof data.Inputs !== "boolean"){
const err11 = {instancePath:instancePath+"/Inputs",schemaPath:"#/properties/Inputs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.Outputs !== undefined){
if(typeof data.Outputs !== "boolean"){
const err12 = {instancePath:instancePath+"/Outputs",schemaPath:"#/properties/Outputs/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate55.errors = vErrors;
return errors === 0;
}

exports.StopScanning = validate56;
const schema78 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v4/StopScanning.json","title":"StopScanning","description":"Stop scanning for devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v4/StopScanning.json" */;
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
validate56.errors = vErrors;
return errors === 0;
}

