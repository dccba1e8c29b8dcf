/**
 * GENERATED from contracts/canon.json by scripts/generate-contracts.mjs: do not edit; run `npm run contracts`.
 */
/* eslint-disable */
import func2 from 'ajv/dist/runtime/ucs2length';

export const core_ingest_event = validate10;
const schema11 = {"type":"object","properties":{"source":{"type":"string","minLength":1,"maxLength":64},"form_id":{"type":"string","minLength":1,"maxLength":191},"fields":{"type":"object","properties":{"name":{"type":"string","maxLength":191},"email":{"type":"string","format":"email","maxLength":191},"phone":{"type":"string","maxLength":64},"locale":{"type":"string","maxLength":32},"consent_version":{"type":"string","maxLength":64}},"required":["email"],"additionalProperties":true},"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"ref_id":{"type":"string","maxLength":191},"consent":{"type":"boolean"},"submitted_at":{"type":"string","format":"date-time"},"idempotency_key":{"type":"string","minLength":8,"maxLength":191}},"required":["source","form_id","fields","consent","submitted_at","idempotency_key"],"additionalProperties":false};

const formats0 = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const formats2 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.source === undefined) && (missing0 = "source")) || ((data.form_id === undefined) && (missing0 = "form_id"))) || ((data.fields === undefined) && (missing0 = "fields"))) || ((data.consent === undefined) && (missing0 = "consent"))) || ((data.submitted_at === undefined) && (missing0 = "submitted_at"))) || ((data.idempotency_key === undefined) && (missing0 = "idempotency_key"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "source") || (key0 === "form_id")) || (key0 === "fields")) || (key0 === "webinar_id")) || (key0 === "ref_id")) || (key0 === "consent")) || (key0 === "submitted_at")) || (key0 === "idempotency_key"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.source !== undefined){
let data0 = data.source;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 64){
validate10.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func2(data0) < 1){
validate10.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.form_id !== undefined){
let data1 = data.form_id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 191){
validate10.errors = [{instancePath:instancePath+"/form_id",schemaPath:"#/properties/form_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
else {
if(func2(data1) < 1){
validate10.errors = [{instancePath:instancePath+"/form_id",schemaPath:"#/properties/form_id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/form_id",schemaPath:"#/properties/form_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data2 = data.fields;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.email === undefined) && (missing1 = "email")){
validate10.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data2.name !== undefined){
let data3 = data2.name;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(func2(data3) > 191){
validate10.errors = [{instancePath:instancePath+"/fields/name",schemaPath:"#/properties/fields/properties/name/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/fields/name",schemaPath:"#/properties/fields/properties/name/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.email !== undefined){
let data4 = data2.email;
const _errs11 = errors;
if(errors === _errs11){
if(errors === _errs11){
if(typeof data4 === "string"){
if(func2(data4) > 191){
validate10.errors = [{instancePath:instancePath+"/fields/email",schemaPath:"#/properties/fields/properties/email/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
else {
if(!(formats0.test(data4))){
validate10.errors = [{instancePath:instancePath+"/fields/email",schemaPath:"#/properties/fields/properties/email/format",keyword:"format",params:{format: "email"}}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/fields/email",schemaPath:"#/properties/fields/properties/email/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.phone !== undefined){
let data5 = data2.phone;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func2(data5) > 64){
validate10.errors = [{instancePath:instancePath+"/fields/phone",schemaPath:"#/properties/fields/properties/phone/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/fields/phone",schemaPath:"#/properties/fields/properties/phone/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.locale !== undefined){
let data6 = data2.locale;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func2(data6) > 32){
validate10.errors = [{instancePath:instancePath+"/fields/locale",schemaPath:"#/properties/fields/properties/locale/maxLength",keyword:"maxLength",params:{limit: 32}}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/fields/locale",schemaPath:"#/properties/fields/properties/locale/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.consent_version !== undefined){
let data7 = data2.consent_version;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data7 === "string"){
if(func2(data7) > 64){
validate10.errors = [{instancePath:instancePath+"/fields/consent_version",schemaPath:"#/properties/fields/properties/consent_version/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/fields/consent_version",schemaPath:"#/properties/fields/properties/consent_version/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs17 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_id !== undefined){
let data8 = data.webinar_id;
const _errs19 = errors;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
validate10.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs19){
if(typeof data8 == "number"){
if(data8 > 9007199254740991 || isNaN(data8)){
validate10.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data8 < 1 || isNaN(data8)){
validate10.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ref_id !== undefined){
let data9 = data.ref_id;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data9 === "string"){
if(func2(data9) > 191){
validate10.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.consent !== undefined){
const _errs23 = errors;
if(typeof data.consent !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/consent",schemaPath:"#/properties/consent/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.submitted_at !== undefined){
let data11 = data.submitted_at;
const _errs25 = errors;
if(errors === _errs25){
if(errors === _errs25){
if(typeof data11 === "string"){
if(!(formats2.test(data11))){
validate10.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.idempotency_key !== undefined){
let data12 = data.idempotency_key;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data12 === "string"){
if(func2(data12) > 191){
validate10.errors = [{instancePath:instancePath+"/idempotency_key",schemaPath:"#/properties/idempotency_key/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
else {
if(func2(data12) < 8){
validate10.errors = [{instancePath:instancePath+"/idempotency_key",schemaPath:"#/properties/idempotency_key/minLength",keyword:"minLength",params:{limit: 8}}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/idempotency_key",schemaPath:"#/properties/idempotency_key/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

export const core_webinar_set_status = validate11;
const schema12 = {"type":"object","properties":{"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"status":{"type":"string","enum":["start","stop","reset","pause","archive"]},"context":{"type":"object","properties":{"actor_id":{"type":"integer","minimum":0},"role":{"type":"string","enum":["administrator","organizer","speaker","moderator","attendee","guest","system"]},"source":{"type":"string","minLength":1,"maxLength":64},"request_id":{"type":"string","maxLength":191}},"required":["actor_id","role","source"],"additionalProperties":true}},"required":["webinar_id","status","context"],"additionalProperties":false};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.webinar_id === undefined) && (missing0 = "webinar_id")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.context === undefined) && (missing0 = "context"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "webinar_id") || (key0 === "status")) || (key0 === "context"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.webinar_id !== undefined){
let data0 = data.webinar_id;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate11.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 9007199254740991 || isNaN(data0)){
validate11.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate11.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data1 = data.status;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate11.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data1 === "start") || (data1 === "stop")) || (data1 === "reset")) || (data1 === "pause")) || (data1 === "archive"))){
validate11.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema12.properties.status.enum}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data2 = data.context;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.actor_id === undefined) && (missing1 = "actor_id")) || ((data2.role === undefined) && (missing1 = "role"))) || ((data2.source === undefined) && (missing1 = "source"))){
validate11.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data2.actor_id !== undefined){
let data3 = data2.actor_id;
const _errs9 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate11.errors = [{instancePath:instancePath+"/context/actor_id",schemaPath:"#/properties/context/properties/actor_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs9){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate11.errors = [{instancePath:instancePath+"/context/actor_id",schemaPath:"#/properties/context/properties/actor_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.role !== undefined){
let data4 = data2.role;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate11.errors = [{instancePath:instancePath+"/context/role",schemaPath:"#/properties/context/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data4 === "administrator") || (data4 === "organizer")) || (data4 === "speaker")) || (data4 === "moderator")) || (data4 === "attendee")) || (data4 === "guest")) || (data4 === "system"))){
validate11.errors = [{instancePath:instancePath+"/context/role",schemaPath:"#/properties/context/properties/role/enum",keyword:"enum",params:{allowedValues: schema12.properties.context.properties.role.enum}}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.source !== undefined){
let data5 = data2.source;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func2(data5) > 64){
validate11.errors = [{instancePath:instancePath+"/context/source",schemaPath:"#/properties/context/properties/source/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func2(data5) < 1){
validate11.errors = [{instancePath:instancePath+"/context/source",schemaPath:"#/properties/context/properties/source/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/context/source",schemaPath:"#/properties/context/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.request_id !== undefined){
let data6 = data2.request_id;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func2(data6) > 191){
validate11.errors = [{instancePath:instancePath+"/context/request_id",schemaPath:"#/properties/context/properties/request_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/context/request_id",schemaPath:"#/properties/context/properties/request_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

export const core_webinar_set_cta_visibility = validate12;
const schema13 = {"type":"object","properties":{"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"visible":{"type":"boolean"},"context":{"type":"object","properties":{"actor_id":{"type":"integer","minimum":0},"role":{"type":"string","enum":["administrator","organizer","speaker","moderator","attendee","guest","system"]},"source":{"type":"string","minLength":1,"maxLength":64},"request_id":{"type":"string","maxLength":191}},"required":["actor_id","role","source"],"additionalProperties":true}},"required":["webinar_id","visible","context"],"additionalProperties":false};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.webinar_id === undefined) && (missing0 = "webinar_id")) || ((data.visible === undefined) && (missing0 = "visible"))) || ((data.context === undefined) && (missing0 = "context"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "webinar_id") || (key0 === "visible")) || (key0 === "context"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.webinar_id !== undefined){
let data0 = data.webinar_id;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate12.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 9007199254740991 || isNaN(data0)){
validate12.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate12.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.visible !== undefined){
const _errs4 = errors;
if(typeof data.visible !== "boolean"){
validate12.errors = [{instancePath:instancePath+"/visible",schemaPath:"#/properties/visible/type",keyword:"type",params:{type: "boolean"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.context !== undefined){
let data2 = data.context;
const _errs6 = errors;
if(errors === _errs6){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((((data2.actor_id === undefined) && (missing1 = "actor_id")) || ((data2.role === undefined) && (missing1 = "role"))) || ((data2.source === undefined) && (missing1 = "source"))){
validate12.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
if(data2.actor_id !== undefined){
let data3 = data2.actor_id;
const _errs9 = errors;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
validate12.errors = [{instancePath:instancePath+"/context/actor_id",schemaPath:"#/properties/context/properties/actor_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs9){
if(typeof data3 == "number"){
if(data3 < 0 || isNaN(data3)){
validate12.errors = [{instancePath:instancePath+"/context/actor_id",schemaPath:"#/properties/context/properties/actor_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid1 = _errs9 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.role !== undefined){
let data4 = data2.role;
const _errs11 = errors;
if(typeof data4 !== "string"){
validate12.errors = [{instancePath:instancePath+"/context/role",schemaPath:"#/properties/context/properties/role/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((((data4 === "administrator") || (data4 === "organizer")) || (data4 === "speaker")) || (data4 === "moderator")) || (data4 === "attendee")) || (data4 === "guest")) || (data4 === "system"))){
validate12.errors = [{instancePath:instancePath+"/context/role",schemaPath:"#/properties/context/properties/role/enum",keyword:"enum",params:{allowedValues: schema13.properties.context.properties.role.enum}}];
return false;
}
var valid1 = _errs11 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.source !== undefined){
let data5 = data2.source;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data5 === "string"){
if(func2(data5) > 64){
validate12.errors = [{instancePath:instancePath+"/context/source",schemaPath:"#/properties/context/properties/source/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(func2(data5) < 1){
validate12.errors = [{instancePath:instancePath+"/context/source",schemaPath:"#/properties/context/properties/source/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/context/source",schemaPath:"#/properties/context/properties/source/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs13 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data2.request_id !== undefined){
let data6 = data2.request_id;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data6 === "string"){
if(func2(data6) > 191){
validate12.errors = [{instancePath:instancePath+"/context/request_id",schemaPath:"#/properties/context/properties/request_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/context/request_id",schemaPath:"#/properties/context/properties/request_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid1 = _errs15 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/context",schemaPath:"#/properties/context/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

export const client_webinar_entered = validate13;
const schema14 = {"type":"object","properties":{"lead_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"timestamp":{"type":"string","format":"date-time"},"session_id":{"type":"string","format":"uuid"}},"required":["lead_id","webinar_id","timestamp","session_id"],"additionalProperties":false};
const formats6 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.lead_id === undefined) && (missing0 = "lead_id")) || ((data.webinar_id === undefined) && (missing0 = "webinar_id"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.session_id === undefined) && (missing0 = "session_id"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "lead_id") || (key0 === "webinar_id")) || (key0 === "timestamp")) || (key0 === "session_id"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.lead_id !== undefined){
let data0 = data.lead_id;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate13.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 9007199254740991 || isNaN(data0)){
validate13.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate13.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_id !== undefined){
let data1 = data.webinar_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate13.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate13.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate13.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data2 === "string"){
if(!(formats2.test(data2))){
validate13.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate13.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data3 = data.session_id;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats6.test(data3))){
validate13.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate13.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

export const client_webinar_left = validate14;
const schema15 = {"type":"object","properties":{"lead_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_type":{"type":"string","enum":["live","auto"]},"session_id":{"type":"string","format":"uuid"},"left_at":{"type":"string","format":"date-time"},"leave_reason":{"type":"string","enum":["closed","navigated","timeout","ended","kicked","unknown"]}},"required":["lead_id","webinar_id","webinar_type","session_id","left_at","leave_reason"],"additionalProperties":false};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.lead_id === undefined) && (missing0 = "lead_id")) || ((data.webinar_id === undefined) && (missing0 = "webinar_id"))) || ((data.webinar_type === undefined) && (missing0 = "webinar_type"))) || ((data.session_id === undefined) && (missing0 = "session_id"))) || ((data.left_at === undefined) && (missing0 = "left_at"))) || ((data.leave_reason === undefined) && (missing0 = "leave_reason"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "lead_id") || (key0 === "webinar_id")) || (key0 === "webinar_type")) || (key0 === "session_id")) || (key0 === "left_at")) || (key0 === "leave_reason"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.lead_id !== undefined){
let data0 = data.lead_id;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate14.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 9007199254740991 || isNaN(data0)){
validate14.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate14.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_id !== undefined){
let data1 = data.webinar_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate14.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate14.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate14.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_type !== undefined){
let data2 = data.webinar_type;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate14.errors = [{instancePath:instancePath+"/webinar_type",schemaPath:"#/properties/webinar_type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data2 === "live") || (data2 === "auto"))){
validate14.errors = [{instancePath:instancePath+"/webinar_type",schemaPath:"#/properties/webinar_type/enum",keyword:"enum",params:{allowedValues: schema15.properties.webinar_type.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data3 = data.session_id;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats6.test(data3))){
validate14.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.left_at !== undefined){
let data4 = data.left_at;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
validate14.errors = [{instancePath:instancePath+"/left_at",schemaPath:"#/properties/left_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate14.errors = [{instancePath:instancePath+"/left_at",schemaPath:"#/properties/left_at/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.leave_reason !== undefined){
let data5 = data.leave_reason;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate14.errors = [{instancePath:instancePath+"/leave_reason",schemaPath:"#/properties/leave_reason/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((data5 === "closed") || (data5 === "navigated")) || (data5 === "timeout")) || (data5 === "ended")) || (data5 === "kicked")) || (data5 === "unknown"))){
validate14.errors = [{instancePath:instancePath+"/leave_reason",schemaPath:"#/properties/leave_reason/enum",keyword:"enum",params:{allowedValues: schema15.properties.leave_reason.enum}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

export const client_webinar_completed = validate15;
const schema16 = {"type":"object","properties":{"lead_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_type":{"type":"string","enum":["live","auto"]},"session_id":{"type":"string","format":"uuid"},"completed_at":{"type":"string","format":"date-time"}},"required":["lead_id","webinar_id","webinar_type","session_id","completed_at"],"additionalProperties":false};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.lead_id === undefined) && (missing0 = "lead_id")) || ((data.webinar_id === undefined) && (missing0 = "webinar_id"))) || ((data.webinar_type === undefined) && (missing0 = "webinar_type"))) || ((data.session_id === undefined) && (missing0 = "session_id"))) || ((data.completed_at === undefined) && (missing0 = "completed_at"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "lead_id") || (key0 === "webinar_id")) || (key0 === "webinar_type")) || (key0 === "session_id")) || (key0 === "completed_at"))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.lead_id !== undefined){
let data0 = data.lead_id;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate15.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 9007199254740991 || isNaN(data0)){
validate15.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate15.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_id !== undefined){
let data1 = data.webinar_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate15.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate15.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate15.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_type !== undefined){
let data2 = data.webinar_type;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate15.errors = [{instancePath:instancePath+"/webinar_type",schemaPath:"#/properties/webinar_type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data2 === "live") || (data2 === "auto"))){
validate15.errors = [{instancePath:instancePath+"/webinar_type",schemaPath:"#/properties/webinar_type/enum",keyword:"enum",params:{allowedValues: schema16.properties.webinar_type.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data3 = data.session_id;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats6.test(data3))){
validate15.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.completed_at !== undefined){
let data4 = data.completed_at;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
validate15.errors = [{instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/completed_at",schemaPath:"#/properties/completed_at/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

export const client_webinar_form_submitted = validate16;
const schema17 = {"type":"object","properties":{"lead_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"webinar_type":{"type":"string","enum":["live","auto"]},"session_id":{"type":"string","format":"uuid"},"submitted_at":{"type":"string","format":"date-time"},"form_id":{"type":"string","minLength":1,"maxLength":191},"form_payload":{"type":"object","additionalProperties":true}},"required":["lead_id","webinar_id","webinar_type","session_id","submitted_at","form_id","form_payload"],"additionalProperties":false};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((((data.lead_id === undefined) && (missing0 = "lead_id")) || ((data.webinar_id === undefined) && (missing0 = "webinar_id"))) || ((data.webinar_type === undefined) && (missing0 = "webinar_type"))) || ((data.session_id === undefined) && (missing0 = "session_id"))) || ((data.submitted_at === undefined) && (missing0 = "submitted_at"))) || ((data.form_id === undefined) && (missing0 = "form_id"))) || ((data.form_payload === undefined) && (missing0 = "form_payload"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "lead_id") || (key0 === "webinar_id")) || (key0 === "webinar_type")) || (key0 === "session_id")) || (key0 === "submitted_at")) || (key0 === "form_id")) || (key0 === "form_payload"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.lead_id !== undefined){
let data0 = data.lead_id;
const _errs2 = errors;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
validate16.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs2){
if(typeof data0 == "number"){
if(data0 > 9007199254740991 || isNaN(data0)){
validate16.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data0 < 1 || isNaN(data0)){
validate16.errors = [{instancePath:instancePath+"/lead_id",schemaPath:"#/properties/lead_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_id !== undefined){
let data1 = data.webinar_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate16.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate16.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate16.errors = [{instancePath:instancePath+"/webinar_id",schemaPath:"#/properties/webinar_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webinar_type !== undefined){
let data2 = data.webinar_type;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate16.errors = [{instancePath:instancePath+"/webinar_type",schemaPath:"#/properties/webinar_type/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data2 === "live") || (data2 === "auto"))){
validate16.errors = [{instancePath:instancePath+"/webinar_type",schemaPath:"#/properties/webinar_type/enum",keyword:"enum",params:{allowedValues: schema17.properties.webinar_type.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data3 = data.session_id;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats6.test(data3))){
validate16.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.submitted_at !== undefined){
let data4 = data.submitted_at;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats2.test(data4))){
validate16.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate16.errors = [{instancePath:instancePath+"/submitted_at",schemaPath:"#/properties/submitted_at/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.form_id !== undefined){
let data5 = data.form_id;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func2(data5) > 191){
validate16.errors = [{instancePath:instancePath+"/form_id",schemaPath:"#/properties/form_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
else {
if(func2(data5) < 1){
validate16.errors = [{instancePath:instancePath+"/form_id",schemaPath:"#/properties/form_id/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/form_id",schemaPath:"#/properties/form_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.form_payload !== undefined){
let data6 = data.form_payload;
const _errs14 = errors;
if(errors === _errs14){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
}
else {
validate16.errors = [{instancePath:instancePath+"/form_payload",schemaPath:"#/properties/form_payload/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

export const autowebinar_join = validate17;
const schema18 = {"type":"object","properties":{"event_id":{"type":"string","format":"uuid"},"user_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"ref_id":{"type":"string","maxLength":191},"timestamp":{"type":"string","format":"date-time"},"session_id":{"type":"string","format":"uuid"}},"required":["event_id","user_id","ref_id","timestamp","session_id"],"additionalProperties":false};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.event_id === undefined) && (missing0 = "event_id")) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.ref_id === undefined) && (missing0 = "ref_id"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.session_id === undefined) && (missing0 = "session_id"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "event_id") || (key0 === "user_id")) || (key0 === "ref_id")) || (key0 === "timestamp")) || (key0 === "session_id"))){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.event_id !== undefined){
let data0 = data.event_id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
validate17.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data1 = data.user_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate17.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate17.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate17.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ref_id !== undefined){
let data2 = data.ref_id;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 191){
validate17.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats2.test(data3))){
validate17.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data4 = data.session_id;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
validate17.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate17.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

export const autowebinar_progress = validate18;
const schema19 = {"type":"object","properties":{"event_id":{"type":"string","format":"uuid"},"user_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"ref_id":{"type":"string","maxLength":191},"timestamp":{"type":"string","format":"date-time"},"session_id":{"type":"string","format":"uuid"},"progress":{"type":"integer","enum":[25,50,75,100]}},"required":["event_id","user_id","ref_id","timestamp","session_id","progress"],"additionalProperties":false};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((data.event_id === undefined) && (missing0 = "event_id")) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.ref_id === undefined) && (missing0 = "ref_id"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.session_id === undefined) && (missing0 = "session_id"))) || ((data.progress === undefined) && (missing0 = "progress"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "event_id") || (key0 === "user_id")) || (key0 === "ref_id")) || (key0 === "timestamp")) || (key0 === "session_id")) || (key0 === "progress"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.event_id !== undefined){
let data0 = data.event_id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
validate18.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data1 = data.user_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate18.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate18.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate18.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ref_id !== undefined){
let data2 = data.ref_id;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 191){
validate18.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats2.test(data3))){
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data4 = data.session_id;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
validate18.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate18.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.progress !== undefined){
let data5 = data.progress;
const _errs12 = errors;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
validate18.errors = [{instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(!((((data5 === 25) || (data5 === 50)) || (data5 === 75)) || (data5 === 100))){
validate18.errors = [{instancePath:instancePath+"/progress",schemaPath:"#/properties/progress/enum",keyword:"enum",params:{allowedValues: schema19.properties.progress.enum}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

export const autowebinar_cta_click = validate19;
const schema20 = {"type":"object","properties":{"event_id":{"type":"string","format":"uuid"},"user_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"ref_id":{"type":"string","maxLength":191},"timestamp":{"type":"string","format":"date-time"},"session_id":{"type":"string","format":"uuid"}},"required":["event_id","user_id","ref_id","timestamp","session_id"],"additionalProperties":false};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.event_id === undefined) && (missing0 = "event_id")) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.ref_id === undefined) && (missing0 = "ref_id"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.session_id === undefined) && (missing0 = "session_id"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "event_id") || (key0 === "user_id")) || (key0 === "ref_id")) || (key0 === "timestamp")) || (key0 === "session_id"))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.event_id !== undefined){
let data0 = data.event_id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
validate19.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data1 = data.user_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate19.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate19.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate19.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ref_id !== undefined){
let data2 = data.ref_id;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 191){
validate19.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats2.test(data3))){
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data4 = data.session_id;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
validate19.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

export const autowebinar_completed = validate20;
const schema21 = {"type":"object","properties":{"event_id":{"type":"string","format":"uuid"},"user_id":{"type":"integer","minimum":1,"maximum":9007199254740991},"ref_id":{"type":"string","maxLength":191},"timestamp":{"type":"string","format":"date-time"},"session_id":{"type":"string","format":"uuid"}},"required":["event_id","user_id","ref_id","timestamp","session_id"],"additionalProperties":false};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((((data.event_id === undefined) && (missing0 = "event_id")) || ((data.user_id === undefined) && (missing0 = "user_id"))) || ((data.ref_id === undefined) && (missing0 = "ref_id"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))) || ((data.session_id === undefined) && (missing0 = "session_id"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "event_id") || (key0 === "user_id")) || (key0 === "ref_id")) || (key0 === "timestamp")) || (key0 === "session_id"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.event_id !== undefined){
let data0 = data.event_id;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(!(formats6.test(data0))){
validate20.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/event_id",schemaPath:"#/properties/event_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.user_id !== undefined){
let data1 = data.user_id;
const _errs4 = errors;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
validate20.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs4){
if(typeof data1 == "number"){
if(data1 > 9007199254740991 || isNaN(data1)){
validate20.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data1 < 1 || isNaN(data1)){
validate20.errors = [{instancePath:instancePath+"/user_id",schemaPath:"#/properties/user_id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}}];
return false;
}
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ref_id !== undefined){
let data2 = data.ref_id;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 191){
validate20.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/maxLength",keyword:"maxLength",params:{limit: 191}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/ref_id",schemaPath:"#/properties/ref_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(!(formats2.test(data3))){
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/properties/timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.session_id !== undefined){
let data4 = data.session_id;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data4 === "string"){
if(!(formats6.test(data4))){
validate20.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/format",keyword:"format",params:{format: "uuid"}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/session_id",schemaPath:"#/properties/session_id/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

