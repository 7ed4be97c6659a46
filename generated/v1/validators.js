// generated — do not edit. Source: schema/v1/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Precompiled ajv standalone validators (spec v1 message bodies): no schema compilation at run time.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeviceAdded = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/DeviceAdded.json","title":"DeviceAdded","description":"Server event: a device connected.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"DeviceName":{"description":"Descriptive name of the device.","type":"string"},"DeviceIndex":{"description":"Index that device messages use to address this device.","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessages":{"$ref":"defs.json#/definitions/DeviceMessagesV1"}},"required":["Id","DeviceName","DeviceIndex","DeviceMessages"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[1,2,3],"deprecated":4}};
const schema13 = {"description":"Id of a server-initiated message: always 0.","type":"integer","const":0};
const schema14 = {"description":"Index of a device, as the server announced it.","type":"integer","minimum":0,"maximum":4294967295};
const schema16 = {"title":"DeviceMessages","description":"Device messages a device accepts, by name, with their attributes.","type":"object","properties":{"VibrateCmd":{"$ref":"defs.json#/definitions/GenericMessageAttributesV1"},"LinearCmd":{"$ref":"defs.json#/definitions/GenericMessageAttributesV1"},"RotateCmd":{"$ref":"defs.json#/definitions/GenericMessageAttributesV1"},"StopDeviceCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"SingleMotorVibrateCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"FleshlightLaunchFW12Cmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"LovenseCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"KiirooCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"},"VorzeA10CycloneCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"}},"additionalProperties":false};
const schema17 = {"title":"GenericMessageAttributes","description":"Attributes of a generic device command (VibrateCmd, LinearCmd, RotateCmd).","type":"object","properties":{"FeatureCount":{"description":"Number of features (motors, actuators, rotators) this message can address.","type":"integer","minimum":0,"maximum":4294967295}},"required":["FeatureCount"],"additionalProperties":false};
const schema20 = {"title":"NullMessageAttributes","description":"Attributes of a device message that has none.","type":"object","properties":{},"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema16.properties, key0))){
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
const err1 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "FeatureCount")){
const err2 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err6 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.LinearCmd !== undefined){
let data2 = data.LinearCmd;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.FeatureCount === undefined){
const err7 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "FeatureCount")){
const err8 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.FeatureCount !== undefined){
let data3 = data2.FeatureCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err12 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.RotateCmd !== undefined){
let data4 = data.RotateCmd;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.FeatureCount === undefined){
const err13 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key3 in data4){
if(!(key3 === "FeatureCount")){
const err14 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.FeatureCount !== undefined){
let data5 = data4.FeatureCount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err18 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.StopDeviceCmd !== undefined){
let data6 = data.StopDeviceCmd;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key4 in data6){
const err19 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
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
const err20 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.SingleMotorVibrateCmd !== undefined){
let data7 = data.SingleMotorVibrateCmd;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key5 in data7){
const err21 = {instancePath:instancePath+"/SingleMotorVibrateCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/SingleMotorVibrateCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.FleshlightLaunchFW12Cmd !== undefined){
let data8 = data.FleshlightLaunchFW12Cmd;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key6 in data8){
const err23 = {instancePath:instancePath+"/FleshlightLaunchFW12Cmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/FleshlightLaunchFW12Cmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.LovenseCmd !== undefined){
let data9 = data.LovenseCmd;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key7 in data9){
const err25 = {instancePath:instancePath+"/LovenseCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/LovenseCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.KiirooCmd !== undefined){
let data10 = data.KiirooCmd;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key8 in data10){
const err27 = {instancePath:instancePath+"/KiirooCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/KiirooCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.VorzeA10CycloneCmd !== undefined){
let data11 = data.VorzeA10CycloneCmd;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key9 in data11){
const err29 = {instancePath:instancePath+"/VorzeA10CycloneCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/VorzeA10CycloneCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/DeviceAdded.json" */;
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
if(!(validate13(data.DeviceMessages, {instancePath:instancePath+"/DeviceMessages",parentData:data,parentDataProperty:"DeviceMessages",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
validate10.errors = vErrors;
return errors === 0;
}

exports.DeviceList = validate15;
const schema26 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/DeviceList.json","title":"DeviceList","description":"Server reply listing the connected devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"Devices":{"description":"The connected devices.","type":"array","items":{"$ref":"defs.json#/definitions/DeviceInfoV1"}}},"required":["Id","Devices"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[1,2,3,4],"deprecated":null}};
const schema27 = {"description":"Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).","type":"integer","minimum":0,"maximum":4294967295};
const schema28 = {"title":"DeviceInfo","description":"A device in a DeviceList.","type":"object","properties":{"DeviceName":{"description":"Descriptive name of the device.","type":"string"},"DeviceIndex":{"description":"Index that device messages use to address this device.","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessages":{"$ref":"defs.json#/definitions/DeviceMessagesV1"}},"required":["DeviceName","DeviceIndex","DeviceMessages"],"additionalProperties":false};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema16.properties, key0))){
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
const err1 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "FeatureCount")){
const err2 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
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
const err3 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err4 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/VibrateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err6 = {instancePath:instancePath+"/VibrateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.LinearCmd !== undefined){
let data2 = data.LinearCmd;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.FeatureCount === undefined){
const err7 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "FeatureCount")){
const err8 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.FeatureCount !== undefined){
let data3 = data2.FeatureCount;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/LinearCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err12 = {instancePath:instancePath+"/LinearCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.RotateCmd !== undefined){
let data4 = data.RotateCmd;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.FeatureCount === undefined){
const err13 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/required",keyword:"required",params:{missingProperty: "FeatureCount"},message:"must have required property '"+"FeatureCount"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key3 in data4){
if(!(key3 === "FeatureCount")){
const err14 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.FeatureCount !== undefined){
let data5 = data4.FeatureCount;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err15 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/RotateCmd/FeatureCount",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/properties/FeatureCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err18 = {instancePath:instancePath+"/RotateCmd",schemaPath:"defs.json#/definitions/GenericMessageAttributesV1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.StopDeviceCmd !== undefined){
let data6 = data.StopDeviceCmd;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key4 in data6){
const err19 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
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
const err20 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.SingleMotorVibrateCmd !== undefined){
let data7 = data.SingleMotorVibrateCmd;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key5 in data7){
const err21 = {instancePath:instancePath+"/SingleMotorVibrateCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/SingleMotorVibrateCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.FleshlightLaunchFW12Cmd !== undefined){
let data8 = data.FleshlightLaunchFW12Cmd;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key6 in data8){
const err23 = {instancePath:instancePath+"/FleshlightLaunchFW12Cmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/FleshlightLaunchFW12Cmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.LovenseCmd !== undefined){
let data9 = data.LovenseCmd;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key7 in data9){
const err25 = {instancePath:instancePath+"/LovenseCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/LovenseCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.KiirooCmd !== undefined){
let data10 = data.KiirooCmd;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key8 in data10){
const err27 = {instancePath:instancePath+"/KiirooCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/KiirooCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.VorzeA10CycloneCmd !== undefined){
let data11 = data.VorzeA10CycloneCmd;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key9 in data11){
const err29 = {instancePath:instancePath+"/VorzeA10CycloneCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/VorzeA10CycloneCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}


function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate17(data.DeviceMessages, {instancePath:instancePath+"/DeviceMessages",parentData:data,parentDataProperty:"DeviceMessages",rootData}))){
vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
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
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/DeviceList.json" */;
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
if(!(validate16(data1[i0], {instancePath:instancePath+"/Devices/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
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
validate15.errors = vErrors;
return errors === 0;
}

exports.DeviceRemoved = validate20;
const schema40 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/DeviceRemoved.json","title":"DeviceRemoved","description":"Server event: a device disconnected.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"DeviceIndex":{"description":"Index of the device that disconnected.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":4}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/DeviceRemoved.json" */;
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
validate20.errors = vErrors;
return errors === 0;
}

exports.Error = validate21;
const schema43 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/Error.json","title":"Error","description":"Server reply: the client message with this Id caused a parsing or processing error (Id 0 when the Id could not be read).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ErrorMessage":{"description":"What went wrong, for humans.","type":"string"},"ErrorCode":{"$ref":"../common.json#/definitions/ErrorCode"}},"required":["Id","ErrorMessage","ErrorCode"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","note":"Id 0 when no client message can be answered (an unparsable frame, a ping timeout): docs spec/status.md, Error.","replies":[],"introduced":0,"changed":[],"deprecated":null}};
const schema45 = {"title":"ErrorCode","description":"0 ERROR_UNKNOWN, 1 ERROR_INIT, 2 ERROR_PING, 3 ERROR_MSG, 4 ERROR_DEVICE.","type":"integer","enum":[0,1,2,3,4],"tsEnumNames":["Unknown","Init","Ping","Msg","Device"]};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/Error.json" */;
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
const err9 = {instancePath:instancePath+"/ErrorCode",schemaPath:"../common.json#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema45.enum},message:"must be equal to one of the allowed values"};
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
validate21.errors = vErrors;
return errors === 0;
}

exports.FleshlightLaunchFW12Cmd = validate22;
const schema46 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/FleshlightLaunchFW12Cmd.json","title":"FleshlightLaunchFW12Cmd","description":"Fleshlight Launch (firmware 1.2) command: move to a position at a speed.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Position":{"description":"Position to move to, 0–99.","type":"integer","minimum":0,"maximum":99},"Speed":{"description":"Speed to move at, 0–99.","type":"integer","minimum":0,"maximum":99}},"required":["Id","DeviceIndex","Position","Speed"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":2,"note":"Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};
const schema47 = {"description":"Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).","type":"integer","minimum":1,"maximum":4294967295};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/FleshlightLaunchFW12Cmd.json" */;
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
if(data.Position === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Position"},message:"must have required property '"+"Position"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Speed === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Speed"},message:"must have required property '"+"Speed"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Position")) || (key0 === "Speed"))){
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
if(data.Position !== undefined){
let data2 = data.Position;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/Position",schemaPath:"#/properties/Position/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 99 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/Position",schemaPath:"#/properties/Position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/Position",schemaPath:"#/properties/Position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Speed !== undefined){
let data3 = data.Speed;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err14 = {instancePath:instancePath+"/Speed",schemaPath:"#/properties/Speed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 99 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/Speed",schemaPath:"#/properties/Speed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/Speed",schemaPath:"#/properties/Speed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
validate22.errors = vErrors;
return errors === 0;
}

exports.KiirooCmd = validate23;
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/KiirooCmd.json","title":"KiirooCmd","description":"Send a Kiiroo command to a device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Command":{"description":"Position/speed as a decimal string of an integer 0–4.","type":"string","pattern":"^[0-4]$"}},"required":["Id","DeviceIndex","Command"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":2,"note":"The reference server (buttplug_server message/v0, v1) no longer implements this message; bpkit follows the docs, which define it. Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};
const pattern0 = new RegExp("^[0-4]$", "u");

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/KiirooCmd.json" */;
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
if(data.Command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Command"},message:"must have required property '"+"Command"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Command"))){
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
if(data.Command !== undefined){
let data2 = data.Command;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/Command",schemaPath:"#/properties/Command/pattern",keyword:"pattern",params:{pattern: "^[0-4]$"},message:"must match pattern \""+"^[0-4]$"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/Command",schemaPath:"#/properties/Command/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate23.errors = vErrors;
return errors === 0;
}

exports.LinearCmd = validate24;
const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/LinearCmd.json","title":"LinearCmd","description":"Move linear actuators of a device to positions over durations.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Vectors":{"description":"One entry per linear actuator to move.","type":"array","minItems":1,"items":{"title":"VectorSubcommand","description":"Movement for one linear actuator.","type":"object","properties":{"Index":{"description":"Index of the linear actuator (below the LinearCmd FeatureCount).","type":"integer","minimum":0,"maximum":4294967295},"Duration":{"description":"Movement time in milliseconds.","type":"integer","minimum":0,"maximum":4294967295},"Position":{"description":"Target position, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Index","Duration","Position"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Vectors"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":4}};
const schema55 = {"description":"A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.","type":"number","minimum":0,"maximum":1};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/LinearCmd.json" */;
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

exports.Log = validate25;
const schema56 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/Log.json","title":"Log","description":"A server log message, sent after RequestLog with a level other than Off.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"LogLevel":{"description":"Level of this log message.","$ref":"defs.json#/definitions/LogLevel"},"LogMessage":{"description":"The log message.","type":"string"}},"required":["Id","LogLevel","LogMessage"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":2,"note":"The reference server (buttplug_server message/v0, v1) no longer implements this message; bpkit follows the docs, which define it. Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};
const schema58 = {"title":"LogLevel","description":"Log levels, from Off (nothing) to Trace (everything).","type":"string","enum":["Off","Fatal","Error","Warn","Info","Debug","Trace"]};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/Log.json" */;
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
if(data.LogLevel === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LogLevel"},message:"must have required property '"+"LogLevel"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.LogMessage === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LogMessage"},message:"must have required property '"+"LogMessage"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "LogLevel")) || (key0 === "LogMessage"))){
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
const err4 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(0 !== data0){
const err5 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/EventId/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.LogLevel !== undefined){
let data1 = data.LogLevel;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/LogLevel",schemaPath:"defs.json#/definitions/LogLevel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((data1 === "Off") || (data1 === "Fatal")) || (data1 === "Error")) || (data1 === "Warn")) || (data1 === "Info")) || (data1 === "Debug")) || (data1 === "Trace"))){
const err7 = {instancePath:instancePath+"/LogLevel",schemaPath:"defs.json#/definitions/LogLevel/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.LogMessage !== undefined){
if(typeof data.LogMessage !== "string"){
const err8 = {instancePath:instancePath+"/LogMessage",schemaPath:"#/properties/LogMessage/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

exports.LovenseCmd = validate26;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/LovenseCmd.json","title":"LovenseCmd","description":"Send a Lovense command string to a device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Command":{"description":"Lovense command, e.g. \"Vibrate:20;\" (see STPIHKAL).","type":"string"}},"required":["Id","DeviceIndex","Command"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":2,"note":"Never implemented by any reference library (docs, deprecated.md). The reference server (buttplug_server message/v0, v1) no longer implements this message; bpkit follows the docs, which define it. Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/LovenseCmd.json" */;
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
if(data.Command === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Command"},message:"must have required property '"+"Command"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Command"))){
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
if(data.Command !== undefined){
if(typeof data.Command !== "string"){
const err10 = {instancePath:instancePath+"/Command",schemaPath:"#/properties/Command/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate26.errors = vErrors;
return errors === 0;
}

exports.Ok = validate27;
const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/Ok.json","title":"Ok","description":"Server reply: the client message with this Id was received and processed successfully.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/Ok.json" */;
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
validate27.errors = vErrors;
return errors === 0;
}

exports.Ping = validate28;
const schema64 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/Ping.json","title":"Ping","description":"Client watchdog message; must arrive within the server's MaxPingTime or the server disconnects and stops all devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/Ping.json" */;
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
validate28.errors = vErrors;
return errors === 0;
}

exports.RequestDeviceList = validate29;
const schema66 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/RequestDeviceList.json","title":"RequestDeviceList","description":"Client request for the list of known devices, without scanning.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["DeviceList","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/RequestDeviceList.json" */;
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
validate29.errors = vErrors;
return errors === 0;
}

exports.RequestLog = validate30;
const schema68 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/RequestLog.json","title":"RequestLog","description":"Client request for the server's log messages up to a level (\"Off\" stops them).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"LogLevel":{"description":"Highest level of log message to receive.","$ref":"defs.json#/definitions/LogLevel"}},"required":["Id","LogLevel"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":2,"note":"The reference server (buttplug_server message/v0, v1) no longer implements this message; bpkit follows the docs, which define it. Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/RequestLog.json" */;
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
if(data.LogLevel === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "LogLevel"},message:"must have required property '"+"LogLevel"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "LogLevel"))){
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
if(data.LogLevel !== undefined){
let data1 = data.LogLevel;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/LogLevel",schemaPath:"defs.json#/definitions/LogLevel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((((data1 === "Off") || (data1 === "Fatal")) || (data1 === "Error")) || (data1 === "Warn")) || (data1 === "Info")) || (data1 === "Debug")) || (data1 === "Trace"))){
const err7 = {instancePath:instancePath+"/LogLevel",schemaPath:"defs.json#/definitions/LogLevel/enum",keyword:"enum",params:{allowedValues: schema58.enum},message:"must be equal to one of the allowed values"};
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
validate30.errors = vErrors;
return errors === 0;
}

exports.RequestServerInfo = validate31;
const schema71 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/RequestServerInfo.json","title":"RequestServerInfo","description":"Handshake: the client introduces itself, states the message spec version it speaks, and asks for server information.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"ClientName":{"description":"Name of the client, for server UI.","type":"string"},"MessageVersion":{"description":"Message spec version of the client.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ClientName","MessageVersion"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["ServerInfo","Error"],"introduced":0,"changed":[1,4],"deprecated":null,"note":"The reference server treats a missing MessageVersion as 0; bpkit follows the docs, where MessageVersion is a required field from v1 on."}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/RequestServerInfo.json" */;
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
validate31.errors = vErrors;
return errors === 0;
}

exports.RotateCmd = validate32;
const schema73 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/RotateCmd.json","title":"RotateCmd","description":"Rotate rotating features of a device at speeds in directions.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Rotations":{"description":"One entry per rotator to set.","type":"array","minItems":1,"items":{"title":"RotationSubcommand","description":"Speed and direction for one rotator.","type":"object","properties":{"Index":{"description":"Index of the rotator (below the RotateCmd FeatureCount).","type":"integer","minimum":0,"maximum":4294967295},"Speed":{"description":"Rotation speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"},"Clockwise":{"description":"Rotation direction (clockwise may be subjective).","type":"boolean"}},"required":["Index","Speed","Clockwise"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Rotations"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":4}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/RotateCmd.json" */;
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
validate32.errors = vErrors;
return errors === 0;
}

exports.ScanningFinished = validate33;
const schema77 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/ScanningFinished.json","title":"ScanningFinished","description":"Server event: scanning stopped on every bus (after StopScanning or on its own).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/ScanningFinished.json" */;
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
validate33.errors = vErrors;
return errors === 0;
}

exports.ServerInfo = validate34;
const schema79 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/ServerInfo.json","title":"ServerInfo","description":"Handshake reply: server name, server software version, message spec version and ping interval.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ServerName":{"description":"Name of the server; may be empty.","type":"string"},"MajorVersion":{"description":"Major version of the server software.","type":"integer","minimum":0,"maximum":4294967295},"MinorVersion":{"description":"Minor version of the server software.","type":"integer","minimum":0,"maximum":4294967295},"BuildVersion":{"description":"Build version of the server software.","type":"integer","minimum":0,"maximum":4294967295},"MessageVersion":{"description":"Message spec version of the server.","type":"integer","minimum":0,"maximum":4294967295},"MaxPingTime":{"description":"Longest time between client Pings before the server disconnects, in milliseconds.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ServerName","MajorVersion","MinorVersion","BuildVersion","MessageVersion","MaxPingTime"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[2,4],"deprecated":null}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/ServerInfo.json" */;
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
if(data.MajorVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MajorVersion"},message:"must have required property '"+"MajorVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.MinorVersion === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MinorVersion"},message:"must have required property '"+"MinorVersion"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.BuildVersion === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "BuildVersion"},message:"must have required property '"+"BuildVersion"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.MessageVersion === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MessageVersion"},message:"must have required property '"+"MessageVersion"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.MaxPingTime === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "MaxPingTime"},message:"must have required property '"+"MaxPingTime"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "Id") || (key0 === "ServerName")) || (key0 === "MajorVersion")) || (key0 === "MinorVersion")) || (key0 === "BuildVersion")) || (key0 === "MessageVersion")) || (key0 === "MaxPingTime"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.Id !== undefined){
let data0 = data.Id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err8 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 4294967295 || isNaN(data0)){
const err9 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err10 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ReplyId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.ServerName !== undefined){
if(typeof data.ServerName !== "string"){
const err11 = {instancePath:instancePath+"/ServerName",schemaPath:"#/properties/ServerName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.MajorVersion !== undefined){
let data2 = data.MajorVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/MajorVersion",schemaPath:"#/properties/MajorVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err13 = {instancePath:instancePath+"/MajorVersion",schemaPath:"#/properties/MajorVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/MajorVersion",schemaPath:"#/properties/MajorVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.MinorVersion !== undefined){
let data3 = data.MinorVersion;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err15 = {instancePath:instancePath+"/MinorVersion",schemaPath:"#/properties/MinorVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 4294967295 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/MinorVersion",schemaPath:"#/properties/MinorVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/MinorVersion",schemaPath:"#/properties/MinorVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.BuildVersion !== undefined){
let data4 = data.BuildVersion;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/BuildVersion",schemaPath:"#/properties/BuildVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 4294967295 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/BuildVersion",schemaPath:"#/properties/BuildVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/BuildVersion",schemaPath:"#/properties/BuildVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.MessageVersion !== undefined){
let data5 = data.MessageVersion;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err21 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 4294967295 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/MessageVersion",schemaPath:"#/properties/MessageVersion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.MaxPingTime !== undefined){
let data6 = data.MaxPingTime;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err24 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 4294967295 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6 < 0 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/MaxPingTime",schemaPath:"#/properties/MaxPingTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}

exports.SingleMotorVibrateCmd = validate35;
const schema81 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/SingleMotorVibrateCmd.json","title":"SingleMotorVibrateCmd","description":"Run every vibration motor of a device at one speed.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Speed":{"description":"Vibration speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Id","DeviceIndex","Speed"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":1,"note":"Deprecated in spec v1 but still part of v1; not part of v2 (the docs are silent on its removal; the reference server's v2 enums omit it, and the v2 changelog moves device control to generic messages)."}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/SingleMotorVibrateCmd.json" */;
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
if(data.Speed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Speed"},message:"must have required property '"+"Speed"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Speed"))){
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
if(data.Speed !== undefined){
let data2 = data.Speed;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err12 = {instancePath:instancePath+"/Speed",schemaPath:"../common.json#/definitions/UnitInterval/type",keyword:"type",params:{type: "number"},message:"must be number"};
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
validate35.errors = vErrors;
return errors === 0;
}

exports.StartScanning = validate36;
const schema85 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/StartScanning.json","title":"StartScanning","description":"Client request to start scanning for devices on every bus the server knows.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/StartScanning.json" */;
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
validate36.errors = vErrors;
return errors === 0;
}

exports.StopAllDevices = validate37;
const schema87 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/StopAllDevices.json","title":"StopAllDevices","description":"Stop every connected device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":4}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/StopAllDevices.json" */;
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
validate37.errors = vErrors;
return errors === 0;
}

exports.StopDeviceCmd = validate38;
const schema89 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/StopDeviceCmd.json","title":"StopDeviceCmd","description":"Stop whatever a device is doing.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to stop.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":4}};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/StopDeviceCmd.json" */;
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
validate38.errors = vErrors;
return errors === 0;
}

exports.StopScanning = validate39;
const schema92 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/StopScanning.json","title":"StopScanning","description":"Client request to stop scanning for devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/StopScanning.json" */;
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

exports.Test = validate40;
const schema94 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/Test.json","title":"Test","description":"Development message: the server echoes it back with the same Id and TestString, or answers Error when TestString is \"Error\".","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"TestString":{"description":"String for the server to echo back.","type":"string"}},"required":["Id","TestString"],"additionalProperties":false,"x-bpkit":{"direction":"both","id":"request","replies":["Test","Error"],"introduced":0,"changed":[],"deprecated":2,"note":"The server echoes Test back (same Id and TestString) as its reply, so Test is both a client request and a server reply; its reply is an Error when TestString is \"Error\". The reference server (buttplug_server message/v0, v1) no longer implements this message; bpkit follows the docs, which define it. Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/Test.json" */;
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
if(data.TestString === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "TestString"},message:"must have required property '"+"TestString"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "Id") || (key0 === "TestString"))){
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
if(data.TestString !== undefined){
if(typeof data.TestString !== "string"){
const err6 = {instancePath:instancePath+"/TestString",schemaPath:"#/properties/TestString/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
validate40.errors = vErrors;
return errors === 0;
}

exports.VibrateCmd = validate41;
const schema96 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/VibrateCmd.json","title":"VibrateCmd","description":"Run vibration motors of a device at given speeds.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Speeds":{"description":"One entry per motor to set.","type":"array","minItems":1,"items":{"title":"VibrateSubcommand","description":"Speed for one vibration motor.","type":"object","properties":{"Index":{"description":"Index of the vibration motor (below the VibrateCmd FeatureCount).","type":"integer","minimum":0,"maximum":4294967295},"Speed":{"description":"Vibration speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Index","Speed"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Speeds"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":3}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/VibrateCmd.json" */;
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
validate41.errors = vErrors;
return errors === 0;
}

exports.VorzeA10CycloneCmd = validate42;
const schema100 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v1/VorzeA10CycloneCmd.json","title":"VorzeA10CycloneCmd","description":"Vorze A10 Cyclone command: rotate at a speed in a direction.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Speed":{"description":"Rotation speed, 0–100.","type":"integer","minimum":0,"maximum":100},"Clockwise":{"description":"Rotation direction.","type":"boolean"}},"required":["Id","DeviceIndex","Speed","Clockwise"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":2,"note":"Docs: Speed is 0–100. The reference server rejects Speed > 99; bpkit follows the docs. Deprecated in spec v2 and not part of the v2 message set (the reference server's v2 enums omit it too)."}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v1/VorzeA10CycloneCmd.json" */;
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
if(data.Speed === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Speed"},message:"must have required property '"+"Speed"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.Clockwise === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Clockwise"},message:"must have required property '"+"Clockwise"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Speed")) || (key0 === "Clockwise"))){
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
if(data.Speed !== undefined){
let data2 = data.Speed;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/Speed",schemaPath:"#/properties/Speed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/Speed",schemaPath:"#/properties/Speed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/Speed",schemaPath:"#/properties/Speed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.Clockwise !== undefined){
if(typeof data.Clockwise !== "boolean"){
const err14 = {instancePath:instancePath+"/Clockwise",schemaPath:"#/properties/Clockwise/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
validate42.errors = vErrors;
return errors === 0;
}

