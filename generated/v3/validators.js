// generated — do not edit. Source: schema/v3/*.json (+ shared schema/*.json). Regenerate with `npm run generate`.
// Precompiled ajv standalone validators (spec v3 message bodies): no schema compilation at run time.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DeviceAdded = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/DeviceAdded.json","title":"DeviceAdded","description":"Event: a device connected.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"DeviceName":{"description":"Descriptive name of the device, from the device configuration.","type":"string"},"DeviceIndex":{"description":"Index that device messages use to address this device.","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessageTimingGap":{"description":"Recommended minimum gap between commands to this device, in milliseconds (not enforced by the server in v3).","type":"integer","minimum":0,"maximum":4294967295},"DeviceDisplayName":{"description":"User-set display name of the device.","type":"string"},"DeviceMessages":{"$ref":"defs.json#/definitions/DeviceMessagesV3"}},"required":["Id","DeviceName","DeviceIndex","DeviceMessages"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[1,2,3],"deprecated":4,"note":"Attribute shapes follow the v3 docs (enumeration.md, Message Attributes); Raw*Cmd entries are objects with Endpoints as in the reference implementations (the docs' wording says arrays). The docs' DeviceList example gives LinearCmd the ActuatorType \"Linear\", which no reference implementation sends; bpkit keeps the reference ActuatorType values."}};
const schema13 = {"description":"Id of a server-initiated message: always 0.","type":"integer","const":0};
const schema14 = {"description":"Index of a device, as the server announced it.","type":"integer","minimum":0,"maximum":4294967295};
const schema16 = {"title":"DeviceMessages","description":"v3 device messages a device accepts, by name, with their attributes. Only the first of a do/undo pair is listed (SensorSubscribeCmd implies SensorUnsubscribeCmd, RawSubscribeCmd implies RawUnsubscribeCmd).","type":"object","properties":{"ScalarCmd":{"description":"Scalar actuators, in ScalarCmd Index order.","type":"array","items":{"$ref":"defs.json#/definitions/GenericMessageAttributesV3"},"minItems":1},"RotateCmd":{"description":"Rotators, in RotateCmd Index order.","type":"array","items":{"$ref":"defs.json#/definitions/GenericMessageAttributesV3"},"minItems":1},"LinearCmd":{"description":"Linear actuators, in LinearCmd Index order.","type":"array","items":{"$ref":"defs.json#/definitions/GenericMessageAttributesV3"},"minItems":1},"SensorReadCmd":{"description":"Readable sensors, in SensorIndex order.","type":"array","items":{"$ref":"defs.json#/definitions/SensorMessageAttributesV3"},"minItems":1},"SensorSubscribeCmd":{"description":"Subscribable sensors, in SensorIndex order (SensorUnsubscribeCmd is implied).","type":"array","items":{"$ref":"defs.json#/definitions/SensorMessageAttributesV3"},"minItems":1},"RawReadCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV3"},"RawWriteCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV3"},"RawSubscribeCmd":{"$ref":"defs.json#/definitions/RawMessageAttributesV3"},"StopDeviceCmd":{"$ref":"defs.json#/definitions/NullMessageAttributes"}},"additionalProperties":false};
const schema22 = {"title":"RawMessageAttributes","description":"Attributes of a Raw*Cmd entry of DeviceMessages.","type":"object","properties":{"Endpoints":{"description":"Endpoint names the raw commands may use.","type":"array","items":{"type":"string"},"minItems":1}},"required":["Endpoints"],"additionalProperties":false};
const schema25 = {"title":"NullMessageAttributes","description":"Attributes of a device message that has none.","type":"object","properties":{},"additionalProperties":false};
const func2 = Object.prototype.hasOwnProperty;
const schema17 = {"title":"GenericMessageAttributes","description":"One actuator feature in the ScalarCmd, RotateCmd or LinearCmd entry of DeviceMessages; its array position is the Index used in commands.","type":"object","properties":{"FeatureDescriptor":{"description":"Text descriptor of the feature.","type":"string"},"StepCount":{"description":"Number of discrete steps the feature can use (at least 1).","type":"integer","minimum":1,"maximum":4294967295},"ActuatorType":{"$ref":"defs.json#/definitions/ActuatorType"}},"required":["FeatureDescriptor","StepCount","ActuatorType"],"additionalProperties":false};
const schema18 = {"title":"ActuatorType","description":"Kind of actuator a v3 feature is. The spec never lists the values (docs changelog v4: they were only set in the reference implementations): Unknown…Position are the v3-era reference values (Inflate also appears in the docs' ScalarCmd example); Temperature, Led and Spray are what the current reference server sends v3 clients for those v4 outputs.","type":"string","enum":["Unknown","Vibrate","Rotate","Oscillate","Constrict","Inflate","Position","Temperature","Led","Spray"]};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.FeatureDescriptor === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureDescriptor"},message:"must have required property '"+"FeatureDescriptor"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.StepCount === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "StepCount"},message:"must have required property '"+"StepCount"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ActuatorType === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ActuatorType"},message:"must have required property '"+"ActuatorType"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "FeatureDescriptor") || (key0 === "StepCount")) || (key0 === "ActuatorType"))){
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
if(data.FeatureDescriptor !== undefined){
if(typeof data.FeatureDescriptor !== "string"){
const err4 = {instancePath:instancePath+"/FeatureDescriptor",schemaPath:"#/properties/FeatureDescriptor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.StepCount !== undefined){
let data1 = data.StepCount;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/StepCount",schemaPath:"#/properties/StepCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err6 = {instancePath:instancePath+"/StepCount",schemaPath:"#/properties/StepCount/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/StepCount",schemaPath:"#/properties/StepCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data.ActuatorType !== undefined){
let data2 = data.ActuatorType;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/ActuatorType",schemaPath:"defs.json#/definitions/ActuatorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((((((((((data2 === "Unknown") || (data2 === "Vibrate")) || (data2 === "Rotate")) || (data2 === "Oscillate")) || (data2 === "Constrict")) || (data2 === "Inflate")) || (data2 === "Position")) || (data2 === "Temperature")) || (data2 === "Led")) || (data2 === "Spray"))){
const err9 = {instancePath:instancePath+"/ActuatorType",schemaPath:"defs.json#/definitions/ActuatorType/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values"};
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
validate14.errors = vErrors;
return errors === 0;
}

const schema19 = {"title":"SensorMessageAttributes","description":"One sensor feature in the SensorReadCmd or SensorSubscribeCmd entry of DeviceMessages; its array position is the SensorIndex used in sensor commands.","type":"object","properties":{"FeatureDescriptor":{"description":"Text descriptor of the feature.","type":"string"},"SensorType":{"$ref":"defs.json#/definitions/SensorType"},"SensorRange":{"description":"One range per value a reading of this sensor returns (its length is the number of values in SensorReading.Data).","type":"array","items":{"$ref":"defs.json#/definitions/SensorRange"},"minItems":1}},"required":["FeatureDescriptor","SensorType","SensorRange"],"additionalProperties":false};
const schema20 = {"title":"SensorType","description":"Kind of sensor a v3 feature is; values from the reference implementations (the spec never lists them).","type":"string","enum":["Unknown","Battery","RSSI","Button","Pressure"]};
const schema21 = {"description":"Inclusive [min, max] range of one value a sensor returns.","type":"array","items":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"minItems":2,"maxItems":2};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.FeatureDescriptor === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FeatureDescriptor"},message:"must have required property '"+"FeatureDescriptor"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.SensorType === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorType"},message:"must have required property '"+"SensorType"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.SensorRange === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorRange"},message:"must have required property '"+"SensorRange"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "FeatureDescriptor") || (key0 === "SensorType")) || (key0 === "SensorRange"))){
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
if(data.FeatureDescriptor !== undefined){
if(typeof data.FeatureDescriptor !== "string"){
const err4 = {instancePath:instancePath+"/FeatureDescriptor",schemaPath:"#/properties/FeatureDescriptor/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.SensorType !== undefined){
let data1 = data.SensorType;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data1 === "Unknown") || (data1 === "Battery")) || (data1 === "RSSI")) || (data1 === "Button")) || (data1 === "Pressure"))){
const err6 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.SensorRange !== undefined){
let data2 = data.SensorRange;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/SensorRange",schemaPath:"#/properties/SensorRange/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(Array.isArray(data3)){
if(data3.length > 2){
const err8 = {instancePath:instancePath+"/SensorRange/" + i0,schemaPath:"defs.json#/definitions/SensorRange/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.length < 2){
const err9 = {instancePath:instancePath+"/SensorRange/" + i0,schemaPath:"defs.json#/definitions/SensorRange/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err10 = {instancePath:instancePath+"/SensorRange/" + i0+"/" + i1,schemaPath:"defs.json#/definitions/SensorRange/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 2147483647 || isNaN(data4)){
const err11 = {instancePath:instancePath+"/SensorRange/" + i0+"/" + i1,schemaPath:"defs.json#/definitions/SensorRange/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4 < -2147483648 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/SensorRange/" + i0+"/" + i1,schemaPath:"defs.json#/definitions/SensorRange/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
const err13 = {instancePath:instancePath+"/SensorRange/" + i0,schemaPath:"defs.json#/definitions/SensorRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err14 = {instancePath:instancePath+"/SensorRange",schemaPath:"#/properties/SensorRange/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate18.errors = vErrors;
return errors === 0;
}


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
if(data.ScalarCmd !== undefined){
let data0 = data.ScalarCmd;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/ScalarCmd",schemaPath:"#/properties/ScalarCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(validate14(data0[i0], {instancePath:instancePath+"/ScalarCmd/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/ScalarCmd",schemaPath:"#/properties/ScalarCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.RotateCmd !== undefined){
let data2 = data.RotateCmd;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/RotateCmd",schemaPath:"#/properties/RotateCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate14(data2[i1], {instancePath:instancePath+"/RotateCmd/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/RotateCmd",schemaPath:"#/properties/RotateCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.LinearCmd !== undefined){
let data4 = data.LinearCmd;
if(Array.isArray(data4)){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/LinearCmd",schemaPath:"#/properties/LinearCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate14(data4[i2], {instancePath:instancePath+"/LinearCmd/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/LinearCmd",schemaPath:"#/properties/LinearCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.SensorReadCmd !== undefined){
let data6 = data.SensorReadCmd;
if(Array.isArray(data6)){
if(data6.length < 1){
const err7 = {instancePath:instancePath+"/SensorReadCmd",schemaPath:"#/properties/SensorReadCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate18(data6[i3], {instancePath:instancePath+"/SensorReadCmd/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/SensorReadCmd",schemaPath:"#/properties/SensorReadCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.SensorSubscribeCmd !== undefined){
let data8 = data.SensorSubscribeCmd;
if(Array.isArray(data8)){
if(data8.length < 1){
const err9 = {instancePath:instancePath+"/SensorSubscribeCmd",schemaPath:"#/properties/SensorSubscribeCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
if(!(validate18(data8[i4], {instancePath:instancePath+"/SensorSubscribeCmd/" + i4,parentData:data8,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/SensorSubscribeCmd",schemaPath:"#/properties/SensorSubscribeCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.RawReadCmd !== undefined){
let data10 = data.RawReadCmd;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Endpoints === undefined){
const err11 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/required",keyword:"required",params:{missingProperty: "Endpoints"},message:"must have required property '"+"Endpoints"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data10){
if(!(key1 === "Endpoints")){
const err12 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.Endpoints !== undefined){
let data11 = data10.Endpoints;
if(Array.isArray(data11)){
if(data11.length < 1){
const err13 = {instancePath:instancePath+"/RawReadCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len5 = data11.length;
for(let i5=0; i5<len5; i5++){
if(typeof data11[i5] !== "string"){
const err14 = {instancePath:instancePath+"/RawReadCmd/Endpoints/" + i5,schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/RawReadCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err16 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.RawWriteCmd !== undefined){
let data13 = data.RawWriteCmd;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.Endpoints === undefined){
const err17 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/required",keyword:"required",params:{missingProperty: "Endpoints"},message:"must have required property '"+"Endpoints"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data13){
if(!(key2 === "Endpoints")){
const err18 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data13.Endpoints !== undefined){
let data14 = data13.Endpoints;
if(Array.isArray(data14)){
if(data14.length < 1){
const err19 = {instancePath:instancePath+"/RawWriteCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len6 = data14.length;
for(let i6=0; i6<len6; i6++){
if(typeof data14[i6] !== "string"){
const err20 = {instancePath:instancePath+"/RawWriteCmd/Endpoints/" + i6,schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/RawWriteCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.RawSubscribeCmd !== undefined){
let data16 = data.RawSubscribeCmd;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.Endpoints === undefined){
const err23 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/required",keyword:"required",params:{missingProperty: "Endpoints"},message:"must have required property '"+"Endpoints"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data16){
if(!(key3 === "Endpoints")){
const err24 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.Endpoints !== undefined){
let data17 = data16.Endpoints;
if(Array.isArray(data17)){
if(data17.length < 1){
const err25 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len7 = data17.length;
for(let i7=0; i7<len7; i7++){
if(typeof data17[i7] !== "string"){
const err26 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints/" + i7,schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err27 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err28 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.StopDeviceCmd !== undefined){
let data19 = data.StopDeviceCmd;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
const err29 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
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
const err30 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
/*# sourceURL="https://bpkit.dev/schema/v3/DeviceAdded.json" */;
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
if(!((((((key0 === "Id") || (key0 === "DeviceName")) || (key0 === "DeviceIndex")) || (key0 === "DeviceMessageTimingGap")) || (key0 === "DeviceDisplayName")) || (key0 === "DeviceMessages"))){
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
if(data.DeviceMessageTimingGap !== undefined){
let data3 = data.DeviceMessageTimingGap;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err11 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceDisplayName !== undefined){
if(typeof data.DeviceDisplayName !== "string"){
const err14 = {instancePath:instancePath+"/DeviceDisplayName",schemaPath:"#/properties/DeviceDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.DeviceList = validate22;
const schema26 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/DeviceList.json","title":"DeviceList","description":"Server reply to RequestDeviceList listing the connected devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"Devices":{"description":"The connected devices.","type":"array","items":{"$ref":"defs.json#/definitions/DeviceInfoV3"}}},"required":["Id","Devices"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[1,2,3,4],"deprecated":null,"note":"Attribute shapes follow the v3 docs (enumeration.md, Message Attributes); Raw*Cmd entries are objects with Endpoints as in the reference implementations (the docs' wording says arrays). The docs' DeviceList example gives LinearCmd the ActuatorType \"Linear\", which no reference implementation sends; bpkit keeps the reference ActuatorType values."}};
const schema27 = {"description":"Id of a server reply: the Id of the request it answers (0 only for errors about frames whose Id could not be read).","type":"integer","minimum":0,"maximum":4294967295};
const schema28 = {"title":"DeviceInfo","description":"A device in a v3 DeviceList.","type":"object","properties":{"DeviceName":{"description":"Descriptive name of the device, from the device configuration.","type":"string"},"DeviceIndex":{"description":"Index that device messages use to address this device.","$ref":"../common.json#/definitions/DeviceIndex"},"DeviceMessageTimingGap":{"description":"Recommended minimum gap between commands to this device, in milliseconds (not enforced by the server in v3).","type":"integer","minimum":0,"maximum":4294967295},"DeviceDisplayName":{"description":"User-set display name of the device.","type":"string"},"DeviceMessages":{"$ref":"defs.json#/definitions/DeviceMessagesV3"}},"required":["DeviceName","DeviceIndex","DeviceMessages"],"additionalProperties":false};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(data.ScalarCmd !== undefined){
let data0 = data.ScalarCmd;
if(Array.isArray(data0)){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/ScalarCmd",schemaPath:"#/properties/ScalarCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
if(!(validate14(data0[i0], {instancePath:instancePath+"/ScalarCmd/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath:instancePath+"/ScalarCmd",schemaPath:"#/properties/ScalarCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.RotateCmd !== undefined){
let data2 = data.RotateCmd;
if(Array.isArray(data2)){
if(data2.length < 1){
const err3 = {instancePath:instancePath+"/RotateCmd",schemaPath:"#/properties/RotateCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate14(data2[i1], {instancePath:instancePath+"/RotateCmd/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/RotateCmd",schemaPath:"#/properties/RotateCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.LinearCmd !== undefined){
let data4 = data.LinearCmd;
if(Array.isArray(data4)){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/LinearCmd",schemaPath:"#/properties/LinearCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
if(!(validate14(data4[i2], {instancePath:instancePath+"/LinearCmd/" + i2,parentData:data4,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/LinearCmd",schemaPath:"#/properties/LinearCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.SensorReadCmd !== undefined){
let data6 = data.SensorReadCmd;
if(Array.isArray(data6)){
if(data6.length < 1){
const err7 = {instancePath:instancePath+"/SensorReadCmd",schemaPath:"#/properties/SensorReadCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
if(!(validate18(data6[i3], {instancePath:instancePath+"/SensorReadCmd/" + i3,parentData:data6,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/SensorReadCmd",schemaPath:"#/properties/SensorReadCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.SensorSubscribeCmd !== undefined){
let data8 = data.SensorSubscribeCmd;
if(Array.isArray(data8)){
if(data8.length < 1){
const err9 = {instancePath:instancePath+"/SensorSubscribeCmd",schemaPath:"#/properties/SensorSubscribeCmd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
if(!(validate18(data8[i4], {instancePath:instancePath+"/SensorSubscribeCmd/" + i4,parentData:data8,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath:instancePath+"/SensorSubscribeCmd",schemaPath:"#/properties/SensorSubscribeCmd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.RawReadCmd !== undefined){
let data10 = data.RawReadCmd;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.Endpoints === undefined){
const err11 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/required",keyword:"required",params:{missingProperty: "Endpoints"},message:"must have required property '"+"Endpoints"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data10){
if(!(key1 === "Endpoints")){
const err12 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data10.Endpoints !== undefined){
let data11 = data10.Endpoints;
if(Array.isArray(data11)){
if(data11.length < 1){
const err13 = {instancePath:instancePath+"/RawReadCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len5 = data11.length;
for(let i5=0; i5<len5; i5++){
if(typeof data11[i5] !== "string"){
const err14 = {instancePath:instancePath+"/RawReadCmd/Endpoints/" + i5,schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err15 = {instancePath:instancePath+"/RawReadCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err16 = {instancePath:instancePath+"/RawReadCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.RawWriteCmd !== undefined){
let data13 = data.RawWriteCmd;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.Endpoints === undefined){
const err17 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/required",keyword:"required",params:{missingProperty: "Endpoints"},message:"must have required property '"+"Endpoints"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key2 in data13){
if(!(key2 === "Endpoints")){
const err18 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data13.Endpoints !== undefined){
let data14 = data13.Endpoints;
if(Array.isArray(data14)){
if(data14.length < 1){
const err19 = {instancePath:instancePath+"/RawWriteCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len6 = data14.length;
for(let i6=0; i6<len6; i6++){
if(typeof data14[i6] !== "string"){
const err20 = {instancePath:instancePath+"/RawWriteCmd/Endpoints/" + i6,schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err21 = {instancePath:instancePath+"/RawWriteCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath:instancePath+"/RawWriteCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.RawSubscribeCmd !== undefined){
let data16 = data.RawSubscribeCmd;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.Endpoints === undefined){
const err23 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/required",keyword:"required",params:{missingProperty: "Endpoints"},message:"must have required property '"+"Endpoints"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data16){
if(!(key3 === "Endpoints")){
const err24 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data16.Endpoints !== undefined){
let data17 = data16.Endpoints;
if(Array.isArray(data17)){
if(data17.length < 1){
const err25 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len7 = data17.length;
for(let i7=0; i7<len7; i7++){
if(typeof data17[i7] !== "string"){
const err26 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints/" + i7,schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err27 = {instancePath:instancePath+"/RawSubscribeCmd/Endpoints",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/properties/Endpoints/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
else {
const err28 = {instancePath:instancePath+"/RawSubscribeCmd",schemaPath:"defs.json#/definitions/RawMessageAttributesV3/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.StopDeviceCmd !== undefined){
let data19 = data.StopDeviceCmd;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key4 in data19){
const err29 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
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
const err30 = {instancePath:instancePath+"/StopDeviceCmd",schemaPath:"defs.json#/definitions/NullMessageAttributes/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(((((key0 === "DeviceName") || (key0 === "DeviceIndex")) || (key0 === "DeviceMessageTimingGap")) || (key0 === "DeviceDisplayName")) || (key0 === "DeviceMessages"))){
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
if(data.DeviceMessageTimingGap !== undefined){
let data2 = data.DeviceMessageTimingGap;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err9 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/DeviceMessageTimingGap",schemaPath:"#/properties/DeviceMessageTimingGap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.DeviceDisplayName !== undefined){
if(typeof data.DeviceDisplayName !== "string"){
const err11 = {instancePath:instancePath+"/DeviceDisplayName",schemaPath:"#/properties/DeviceDisplayName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.DeviceMessages !== undefined){
if(!(validate24(data.DeviceMessages, {instancePath:instancePath+"/DeviceMessages",parentData:data,parentDataProperty:"DeviceMessages",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
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


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/DeviceList.json" */;
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
if(!(validate23(data1[i0], {instancePath:instancePath+"/Devices/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
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
validate22.errors = vErrors;
return errors === 0;
}

exports.DeviceRemoved = validate32;
const schema35 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/DeviceRemoved.json","title":"DeviceRemoved","description":"Server event: a device disconnected.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"},"DeviceIndex":{"description":"Index of the device that disconnected.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":4}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/DeviceRemoved.json" */;
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
validate32.errors = vErrors;
return errors === 0;
}

exports.Error = validate33;
const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/Error.json","title":"Error","description":"Server reply: the client message with this Id caused a parsing or processing error (Id 0 when the Id could not be read).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ErrorMessage":{"description":"What went wrong, for humans.","type":"string"},"ErrorCode":{"$ref":"../common.json#/definitions/ErrorCode"}},"required":["Id","ErrorMessage","ErrorCode"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","note":"Id 0 when no client message can be answered (an unparsable frame, a ping timeout): docs spec/status.md, Error.","replies":[],"introduced":0,"changed":[],"deprecated":null}};
const schema40 = {"title":"ErrorCode","description":"0 ERROR_UNKNOWN, 1 ERROR_INIT, 2 ERROR_PING, 3 ERROR_MSG, 4 ERROR_DEVICE.","type":"integer","enum":[0,1,2,3,4],"tsEnumNames":["Unknown","Init","Ping","Msg","Device"]};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/Error.json" */;
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
const err9 = {instancePath:instancePath+"/ErrorCode",schemaPath:"../common.json#/definitions/ErrorCode/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};
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
validate33.errors = vErrors;
return errors === 0;
}

exports.LinearCmd = validate34;
const schema41 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/LinearCmd.json","title":"LinearCmd","description":"Move linear actuators of a device to positions over durations.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Vectors":{"description":"One entry per linear actuator to move.","type":"array","minItems":1,"items":{"title":"VectorSubcommand","description":"Movement for one linear actuator.","type":"object","properties":{"Index":{"description":"Index of the linear actuator (its position in the LinearCmd entry of DeviceMessages).","type":"integer","minimum":0,"maximum":4294967295},"Duration":{"description":"Movement time in milliseconds.","type":"integer","minimum":0,"maximum":4294967295},"Position":{"description":"Target position, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Index","Duration","Position"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Vectors"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":4}};
const schema42 = {"description":"Id of a client-initiated message: 1…4294967295 (0 is reserved for server-initiated messages).","type":"integer","minimum":1,"maximum":4294967295};
const schema44 = {"description":"A v0–v3 speed/position/strength: 0.0 to 1.0 inclusive.","type":"number","minimum":0,"maximum":1};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/LinearCmd.json" */;
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
validate34.errors = vErrors;
return errors === 0;
}

exports.Ok = validate35;
const schema45 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/Ok.json","title":"Ok","description":"Server reply: the client message with this Id was received and processed successfully.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/Ok.json" */;
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
validate35.errors = vErrors;
return errors === 0;
}

exports.Ping = validate36;
const schema47 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/Ping.json","title":"Ping","description":"Client watchdog message; must arrive within the server's MaxPingTime or the server disconnects and stops all devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/Ping.json" */;
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

exports.RawReadCmd = validate37;
const schema49 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RawReadCmd.json","title":"RawReadCmd","description":"Read bytes from a device endpoint (development use; servers may refuse raw messages).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to read from.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to read from.","type":"string"},"ExpectedLength":{"description":"Number of bytes to read; 0 = whatever is currently available.","type":"integer","minimum":0,"maximum":4294967295},"WaitForData":{"description":"True to answer only once data is available or ExpectedLength is met.","type":"boolean"}},"required":["Id","DeviceIndex","Endpoint","ExpectedLength","WaitForData"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["RawReading","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v3 message enums (buttplug_server message/v3) do not include this message (raw messages were removed from its codebase with spec v4); bpkit follows the docs, which define it for v2 and v3 (raw.md of the v3 docs). WaitForData follows the docs; the reference's old v2/v3 RawReadCmd and the buttplug 3.x JS client send a Timeout (ms) field instead."}};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RawReadCmd.json" */;
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
validate37.errors = vErrors;
return errors === 0;
}

exports.RawReading = validate38;
const schema52 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RawReading.json","title":"RawReading","description":"Bytes read from a device endpoint: the reply to RawReadCmd, or (Id 0) data from a RawSubscribeCmd subscription.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ServerId"},"DeviceIndex":{"description":"Index of the device the data came from.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint the data came from.","type":"string"},"Data":{"description":"Bytes read.","type":"array","items":{"type":"integer","minimum":0,"maximum":255}}},"required":["Id","DeviceIndex","Endpoint","Data"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","replies":[],"introduced":2,"changed":[],"deprecated":4,"note":"Id is 0 for data from a RawSubscribeCmd subscription. The reference server's v3 message enums (buttplug_server message/v3) do not include this message (raw messages were removed from its codebase with spec v4); bpkit follows the docs, which define it for v2 and v3 (raw.md of the v3 docs)."}};
const schema53 = {"description":"Id of a server message that is either a reply (request's Id) or an event (0).","type":"integer","minimum":0,"maximum":4294967295};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RawReading.json" */;
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
validate38.errors = vErrors;
return errors === 0;
}

exports.RawSubscribeCmd = validate39;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RawSubscribeCmd.json","title":"RawSubscribeCmd","description":"Subscribe to data arriving on a device endpoint; the server sends it as RawReading events.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to subscribe to.","type":"string"}},"required":["Id","DeviceIndex","Endpoint"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v3 message enums (buttplug_server message/v3) do not include this message (raw messages were removed from its codebase with spec v4); bpkit follows the docs, which define it for v2 and v3 (raw.md of the v3 docs)."}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RawSubscribeCmd.json" */;
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
validate39.errors = vErrors;
return errors === 0;
}

exports.RawUnsubscribeCmd = validate40;
const schema58 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RawUnsubscribeCmd.json","title":"RawUnsubscribeCmd","description":"End a subscription made with RawSubscribeCmd.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to unsubscribe from.","type":"string"}},"required":["Id","DeviceIndex","Endpoint"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v3 message enums (buttplug_server message/v3) do not include this message (raw messages were removed from its codebase with spec v4); bpkit follows the docs, which define it for v2 and v3 (raw.md of the v3 docs)."}};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RawUnsubscribeCmd.json" */;
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
validate40.errors = vErrors;
return errors === 0;
}

exports.RawWriteCmd = validate41;
const schema61 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RawWriteCmd.json","title":"RawWriteCmd","description":"Write bytes to a device endpoint (development use; servers may refuse raw messages).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to write to.","$ref":"../common.json#/definitions/DeviceIndex"},"Endpoint":{"description":"Name of the endpoint to write to.","type":"string"},"Data":{"description":"Bytes to write.","type":"array","items":{"type":"integer","minimum":0,"maximum":255}},"WriteWithResponse":{"description":"True if a BLE write-with-response is required.","type":"boolean"}},"required":["Id","DeviceIndex","Endpoint","Data","WriteWithResponse"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":2,"changed":[],"deprecated":4,"note":"The reference server's v3 message enums (buttplug_server message/v3) do not include this message (raw messages were removed from its codebase with spec v4); bpkit follows the docs, which define it for v2 and v3 (raw.md of the v3 docs)."}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RawWriteCmd.json" */;
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
validate41.errors = vErrors;
return errors === 0;
}

exports.RequestDeviceList = validate42;
const schema64 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RequestDeviceList.json","title":"RequestDeviceList","description":"Client request for the list of known devices, without scanning.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["DeviceList","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RequestDeviceList.json" */;
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

exports.RequestServerInfo = validate43;
const schema66 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RequestServerInfo.json","title":"RequestServerInfo","description":"Handshake: the client introduces itself, states the message spec version it speaks, and asks for server information.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"ClientName":{"description":"Name of the client, for server UI.","type":"string"},"MessageVersion":{"description":"Message spec version of the client.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ClientName","MessageVersion"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["ServerInfo","Error"],"introduced":0,"changed":[1,4],"deprecated":null,"note":"The reference server treats a missing MessageVersion as 0; bpkit follows the docs, where MessageVersion is a required field from v1 on."}};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RequestServerInfo.json" */;
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
validate43.errors = vErrors;
return errors === 0;
}

exports.RotateCmd = validate44;
const schema68 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/RotateCmd.json","title":"RotateCmd","description":"Rotate rotating features of a device at speeds in directions.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Rotations":{"description":"One entry per rotator to set.","type":"array","minItems":1,"items":{"title":"RotationSubcommand","description":"Speed and direction for one rotator.","type":"object","properties":{"Index":{"description":"Index of the rotator (its position in the RotateCmd entry of DeviceMessages).","type":"integer","minimum":0,"maximum":4294967295},"Speed":{"description":"Rotation speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"},"Clockwise":{"description":"Rotation direction (clockwise may be subjective).","type":"boolean"}},"required":["Index","Speed","Clockwise"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Rotations"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":4}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/RotateCmd.json" */;
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
validate44.errors = vErrors;
return errors === 0;
}

exports.ScalarCmd = validate45;
const schema72 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/ScalarCmd.json","title":"ScalarCmd","description":"Set the level of scalar actuators (vibrators, oscillators, constrictors, …) of a device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Scalars":{"description":"One entry per actuator to set.","type":"array","minItems":1,"items":{"title":"ScalarSubcommand","description":"Level for one actuator.","type":"object","properties":{"Index":{"description":"Index of the actuator (its position in the ScalarCmd entry of DeviceMessages).","type":"integer","minimum":0,"maximum":4294967295},"Scalar":{"description":"Actuator level, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"},"ActuatorType":{"description":"Actuator type the client expects at Index (confirms context).","$ref":"defs.json#/definitions/ActuatorType"}},"required":["Index","Scalar","ActuatorType"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Scalars"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":3,"changed":[],"deprecated":4,"note":"minItems 1 on Scalars follows the reference schema (an empty command is rejected)."}};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/ScalarCmd.json" */;
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
if(data.Scalars === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Scalars"},message:"must have required property '"+"Scalars"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "Scalars"))){
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
if(data.Scalars !== undefined){
let data2 = data.Scalars;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/Scalars",schemaPath:"#/properties/Scalars/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
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
const err11 = {instancePath:instancePath+"/Scalars/" + i0,schemaPath:"#/properties/Scalars/items/required",keyword:"required",params:{missingProperty: "Index"},message:"must have required property '"+"Index"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.Scalar === undefined){
const err12 = {instancePath:instancePath+"/Scalars/" + i0,schemaPath:"#/properties/Scalars/items/required",keyword:"required",params:{missingProperty: "Scalar"},message:"must have required property '"+"Scalar"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3.ActuatorType === undefined){
const err13 = {instancePath:instancePath+"/Scalars/" + i0,schemaPath:"#/properties/Scalars/items/required",keyword:"required",params:{missingProperty: "ActuatorType"},message:"must have required property '"+"ActuatorType"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data3){
if(!(((key1 === "Index") || (key1 === "Scalar")) || (key1 === "ActuatorType"))){
const err14 = {instancePath:instancePath+"/Scalars/" + i0,schemaPath:"#/properties/Scalars/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
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
const err15 = {instancePath:instancePath+"/Scalars/" + i0+"/Index",schemaPath:"#/properties/Scalars/items/properties/Index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err16 = {instancePath:instancePath+"/Scalars/" + i0+"/Index",schemaPath:"#/properties/Scalars/items/properties/Index/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/Scalars/" + i0+"/Index",schemaPath:"#/properties/Scalars/items/properties/Index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data3.Scalar !== undefined){
let data5 = data3.Scalar;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/Scalars/" + i0+"/Scalar",schemaPath:"../common.json#/definitions/UnitInterval/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/Scalars/" + i0+"/Scalar",schemaPath:"../common.json#/definitions/UnitInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err20 = {instancePath:instancePath+"/Scalars/" + i0+"/Scalar",schemaPath:"../common.json#/definitions/UnitInterval/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data3.ActuatorType !== undefined){
let data6 = data3.ActuatorType;
if(typeof data6 !== "string"){
const err21 = {instancePath:instancePath+"/Scalars/" + i0+"/ActuatorType",schemaPath:"defs.json#/definitions/ActuatorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!((((((((((data6 === "Unknown") || (data6 === "Vibrate")) || (data6 === "Rotate")) || (data6 === "Oscillate")) || (data6 === "Constrict")) || (data6 === "Inflate")) || (data6 === "Position")) || (data6 === "Temperature")) || (data6 === "Led")) || (data6 === "Spray"))){
const err22 = {instancePath:instancePath+"/Scalars/" + i0+"/ActuatorType",schemaPath:"defs.json#/definitions/ActuatorType/enum",keyword:"enum",params:{allowedValues: schema18.enum},message:"must be equal to one of the allowed values"};
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
const err23 = {instancePath:instancePath+"/Scalars/" + i0,schemaPath:"#/properties/Scalars/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err24 = {instancePath:instancePath+"/Scalars",schemaPath:"#/properties/Scalars/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}

exports.ScanningFinished = validate46;
const schema77 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/ScanningFinished.json","title":"ScanningFinished","description":"Server event: scanning stopped on every bus (after StopScanning or on its own).","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/EventId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"event","replies":[],"introduced":0,"changed":[],"deprecated":null}};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/ScanningFinished.json" */;
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
validate46.errors = vErrors;
return errors === 0;
}

exports.SensorReadCmd = validate47;
const schema79 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/SensorReadCmd.json","title":"SensorReadCmd","description":"Read the current value of a device sensor.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"SensorIndex":{"description":"Index of the sensor (its position in the SensorReadCmd / SensorSubscribeCmd entry of DeviceMessages).","type":"integer","minimum":0,"maximum":4294967295},"SensorType":{"description":"Sensor type the client expects at SensorIndex (confirms context).","$ref":"defs.json#/definitions/SensorType"}},"required":["Id","DeviceIndex","SensorIndex","SensorType"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["SensorReading","Error"],"introduced":3,"changed":[],"deprecated":4,"note":"Shape from the v3 docs (sensors.md); the current docs no longer describe the Sensor* messages."}};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/SensorReadCmd.json" */;
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
if(data.SensorIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorIndex"},message:"must have required property '"+"SensorIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.SensorType === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorType"},message:"must have required property '"+"SensorType"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "SensorIndex")) || (key0 === "SensorType"))){
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
if(data.SensorIndex !== undefined){
let data2 = data.SensorIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.SensorType !== undefined){
let data3 = data.SensorType;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((data3 === "Unknown") || (data3 === "Battery")) || (data3 === "RSSI")) || (data3 === "Button")) || (data3 === "Pressure"))){
const err15 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"};
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
validate47.errors = vErrors;
return errors === 0;
}

exports.SensorReading = validate48;
const schema83 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/SensorReading.json","title":"SensorReading","description":"Sensor data: the reply to SensorReadCmd, or (Id 0) a value from a subscription.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ServerId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"SensorIndex":{"description":"Index of the sensor the data is from.","type":"integer","minimum":0,"maximum":4294967295},"SensorType":{"$ref":"defs.json#/definitions/SensorType"},"Data":{"description":"Values read, one per SensorRange entry (signed: RSSI is negative).","type":"array","items":{"type":"integer","minimum":-2147483648,"maximum":2147483647}}},"required":["Id","DeviceIndex","SensorIndex","SensorType","Data"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply-or-event","replies":[],"introduced":3,"changed":[],"deprecated":4,"note":"Data items are signed integers as the v3 docs say; the reference schema limits them to 0–255."}};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/SensorReading.json" */;
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
if(data.SensorIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorIndex"},message:"must have required property '"+"SensorIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.SensorType === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorType"},message:"must have required property '"+"SensorType"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.Data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "Data"},message:"must have required property '"+"Data"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "SensorIndex")) || (key0 === "SensorType")) || (key0 === "Data"))){
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
const err6 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err7 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err8 = {instancePath:instancePath+"/Id",schemaPath:"../common.json#/definitions/ServerId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.SensorIndex !== undefined){
let data2 = data.SensorIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err13 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.SensorType !== undefined){
let data3 = data.SensorType;
if(typeof data3 !== "string"){
const err15 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((data3 === "Unknown") || (data3 === "Battery")) || (data3 === "RSSI")) || (data3 === "Button")) || (data3 === "Pressure"))){
const err16 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.Data !== undefined){
let data4 = data.Data;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2147483647 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < -2147483648 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/Data/" + i0,schemaPath:"#/properties/Data/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: -2147483648},message:"must be >= -2147483648"};
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
const err20 = {instancePath:instancePath+"/Data",schemaPath:"#/properties/Data/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
validate48.errors = vErrors;
return errors === 0;
}

exports.SensorSubscribeCmd = validate49;
const schema87 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/SensorSubscribeCmd.json","title":"SensorSubscribeCmd","description":"Subscribe to a device sensor: the server sends a SensorReading (Id 0) for each new value.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"SensorIndex":{"description":"Index of the sensor (its position in the SensorReadCmd / SensorSubscribeCmd entry of DeviceMessages).","type":"integer","minimum":0,"maximum":4294967295},"SensorType":{"description":"Sensor type the client expects at SensorIndex (confirms context).","$ref":"defs.json#/definitions/SensorType"}},"required":["Id","DeviceIndex","SensorIndex","SensorType"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":3,"changed":[],"deprecated":4,"note":"Shape from the v3 docs (sensors.md); the current docs no longer describe the Sensor* messages."}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/SensorSubscribeCmd.json" */;
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
if(data.SensorIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorIndex"},message:"must have required property '"+"SensorIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.SensorType === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorType"},message:"must have required property '"+"SensorType"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "SensorIndex")) || (key0 === "SensorType"))){
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
if(data.SensorIndex !== undefined){
let data2 = data.SensorIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.SensorType !== undefined){
let data3 = data.SensorType;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((data3 === "Unknown") || (data3 === "Battery")) || (data3 === "RSSI")) || (data3 === "Button")) || (data3 === "Pressure"))){
const err15 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"};
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
validate49.errors = vErrors;
return errors === 0;
}

exports.SensorUnsubscribeCmd = validate50;
const schema91 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/SensorUnsubscribeCmd.json","title":"SensorUnsubscribeCmd","description":"Stop a sensor subscription.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"SensorIndex":{"description":"Index of the sensor (its position in the SensorReadCmd / SensorSubscribeCmd entry of DeviceMessages).","type":"integer","minimum":0,"maximum":4294967295},"SensorType":{"description":"Sensor type the client expects at SensorIndex (confirms context).","$ref":"defs.json#/definitions/SensorType"}},"required":["Id","DeviceIndex","SensorIndex","SensorType"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":3,"changed":[],"deprecated":4,"note":"Shape from the v3 docs (sensors.md); the current docs no longer describe the Sensor* messages."}};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/SensorUnsubscribeCmd.json" */;
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
if(data.SensorIndex === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorIndex"},message:"must have required property '"+"SensorIndex"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.SensorType === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "SensorType"},message:"must have required property '"+"SensorType"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "Id") || (key0 === "DeviceIndex")) || (key0 === "SensorIndex")) || (key0 === "SensorType"))){
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
if(data.SensorIndex !== undefined){
let data2 = data.SensorIndex;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err12 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/SensorIndex",schemaPath:"#/properties/SensorIndex/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data.SensorType !== undefined){
let data3 = data.SensorType;
if(typeof data3 !== "string"){
const err14 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(((((data3 === "Unknown") || (data3 === "Battery")) || (data3 === "RSSI")) || (data3 === "Button")) || (data3 === "Pressure"))){
const err15 = {instancePath:instancePath+"/SensorType",schemaPath:"defs.json#/definitions/SensorType/enum",keyword:"enum",params:{allowedValues: schema20.enum},message:"must be equal to one of the allowed values"};
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
validate50.errors = vErrors;
return errors === 0;
}

exports.ServerInfo = validate51;
const schema95 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/ServerInfo.json","title":"ServerInfo","description":"Handshake reply: server name, message spec version and ping interval.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ReplyId"},"ServerName":{"description":"Name of the server; may be empty.","type":"string"},"MessageVersion":{"description":"Message spec version in use; equals the version the client sent in RequestServerInfo.","type":"integer","minimum":0,"maximum":4294967295},"MaxPingTime":{"description":"Longest time between client Pings before the server disconnects, in milliseconds.","type":"integer","minimum":0,"maximum":4294967295}},"required":["Id","ServerName","MessageVersion","MaxPingTime"],"additionalProperties":false,"x-bpkit":{"direction":"server","id":"reply","replies":[],"introduced":0,"changed":[2,4],"deprecated":null}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/ServerInfo.json" */;
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
validate51.errors = vErrors;
return errors === 0;
}

exports.StartScanning = validate52;
const schema97 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/StartScanning.json","title":"StartScanning","description":"Client request to start scanning for devices on every bus the server knows.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/StartScanning.json" */;
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
validate52.errors = vErrors;
return errors === 0;
}

exports.StopAllDevices = validate53;
const schema99 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/StopAllDevices.json","title":"StopAllDevices","description":"Stop every connected device.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":4}};

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/StopAllDevices.json" */;
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
validate53.errors = vErrors;
return errors === 0;
}

exports.StopDeviceCmd = validate54;
const schema101 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/StopDeviceCmd.json","title":"StopDeviceCmd","description":"Stop whatever a device is doing.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device to stop.","$ref":"../common.json#/definitions/DeviceIndex"}},"required":["Id","DeviceIndex"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":4}};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/StopDeviceCmd.json" */;
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
validate54.errors = vErrors;
return errors === 0;
}

exports.StopScanning = validate55;
const schema104 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/StopScanning.json","title":"StopScanning","description":"Client request to stop scanning for devices.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"}},"required":["Id"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":0,"changed":[],"deprecated":null}};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/StopScanning.json" */;
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
validate55.errors = vErrors;
return errors === 0;
}

exports.VibrateCmd = validate56;
const schema106 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://bpkit.dev/schema/v3/VibrateCmd.json","title":"VibrateCmd","description":"Run vibration motors of a device at given speeds.","type":"object","properties":{"Id":{"$ref":"../common.json#/definitions/ClientId"},"DeviceIndex":{"description":"Index of the device.","$ref":"../common.json#/definitions/DeviceIndex"},"Speeds":{"description":"One entry per motor to set.","type":"array","minItems":1,"items":{"title":"VibrateSubcommand","description":"Speed for one vibration motor.","type":"object","properties":{"Index":{"description":"Index of the vibration motor (counting the ScalarCmd entries of DeviceMessages with ActuatorType Vibrate).","type":"integer","minimum":0,"maximum":4294967295},"Speed":{"description":"Vibration speed, 0.0–1.0.","$ref":"../common.json#/definitions/UnitInterval"}},"required":["Index","Speed"],"additionalProperties":false}}},"required":["Id","DeviceIndex","Speeds"],"additionalProperties":false,"x-bpkit":{"direction":"client","id":"request","replies":["Ok","Error"],"introduced":1,"changed":[],"deprecated":3,"note":"Deprecated in v3 (superseded by ScalarCmd with ActuatorType Vibrate) but still accepted in v3 (docs; the reference server's v3 client enum keeps it). v3 DeviceMessages have no VibrateCmd entry: motor indices are the ScalarCmd entries with ActuatorType Vibrate."}};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://bpkit.dev/schema/v3/VibrateCmd.json" */;
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
validate56.errors = vErrors;
return errors === 0;
}

